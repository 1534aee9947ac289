/* A stand-in for Windows' icuuc.dll, for the Wine prefix of tools/windows_lane.sh only.
 *
 * Windows 10 (1703 and later) ships icuuc.dll; Wine 8 does not. Qt 6.10+'s Qt6Core.dll
 * imports the 20 ucnv_* functions below from it and uses them only for text codecs
 * beyond the ones Qt has built in (UTF-8/16/32, Latin-1, the system code page). Here
 * every converter fails to open, so Qt acts as if ICU knew no extra codecs; the app
 * reads and writes UTF-8 only, so nothing it does depends on them.
 *
 * Built by the lane with Debian's mingw-w64:
 *   x86_64-w64-mingw32-gcc -O2 -shared -s -o icuuc.dll tools/wine_icuuc_stub.c
 * It goes into the Wine prefix's system32 and never into the Windows download. */
#define EXPORT __declspec(dllexport)
#define FAIL(err) do { if ((err) && *(err) <= 0) *(err) = 4; /* U_FILE_ACCESS_ERROR */ } while (0)
typedef int UErrorCode;

EXPORT void *ucnv_open(const char *name, UErrorCode *err) { (void)name; FAIL(err); return 0; }
EXPORT void ucnv_close(void *cnv) { (void)cnv; }
EXPORT void ucnv_reset(void *cnv) { (void)cnv; }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT signed char ucnv_getMaxCharSize(void *cnv) { (void)cnv; return 1; }
EXPORT const char *ucnv_getName(void *cnv, UErrorCode *err) { (void)cnv; FAIL(err); return 0; }
EXPORT void ucnv_getToUCallBack(void *cnv, void **action, const void **context)
{ (void)cnv; if (action) *action = 0; if (context) *context = 0; }
EXPORT void ucnv_getFromUCallBack(void *cnv, void **action, const void **context)
{ (void)cnv; if (action) *action = 0; if (context) *context = 0; }
EXPORT void ucnv_setToUCallBack(void *cnv, void *a, const void *c, void **oa, const void **oc,
                                UErrorCode *err)
{ (void)cnv; (void)a; (void)c; (void)oa; (void)oc; FAIL(err); }
EXPORT void ucnv_setFromUCallBack(void *cnv, void *a, const void *c, void **oa, const void **oc,
                                  UErrorCode *err)
{ (void)cnv; (void)a; (void)c; (void)oa; (void)oc; FAIL(err); }
EXPORT void ucnv_cbToUWriteUChars(void *args, const void *s, int len, int offset, UErrorCode *err)
{ (void)args; (void)s; (void)len; (void)offset; FAIL(err); }
EXPORT void ucnv_cbFromUWriteUChars(void *args, const void **s, const void *limit, int offset,
                                    UErrorCode *err)
{ (void)args; (void)s; (void)limit; (void)offset; FAIL(err); }
EXPORT void ucnv_toUnicode(void *cnv, void **t, const void *tl, const char **s, const char *sl,
                           int *offsets, signed char flush, UErrorCode *err)
{ (void)cnv; (void)t; (void)tl; (void)s; (void)sl; (void)offsets; (void)flush; FAIL(err); }
EXPORT void ucnv_fromUnicode(void *cnv, char **t, const char *tl, const void **s, const void *sl,
                             int *offsets, signed char flush, UErrorCode *err)
{ (void)cnv; (void)t; (void)tl; (void)s; (void)sl; (void)offsets; (void)flush; FAIL(err); }
EXPORT int ucnv_toUCountPending(void *cnv, UErrorCode *err) { (void)cnv; (void)err; return 0; }
EXPORT int ucnv_fromUCountPending(void *cnv, UErrorCode *err) { (void)cnv; (void)err; return 0; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err)
{ (void)name; (void)standard; FAIL(err); return 0; }
EXPORT const char *ucnv_getAvailableName(int n) { (void)n; return 0; }
EXPORT int ucnv_countAvailable(void) { return 0; }
