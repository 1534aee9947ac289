/* A stand-in for Windows' bcryptprimitives.dll, for the Wine prefix of tools/windows_lane.sh.
 *
 * Programs built with Rust 1.78 or later import ProcessPrng from bcryptprimitives.dll (their
 * source of random numbers); Windows 8 and later have it, Wine 8 does not. Among the lane's
 * test packages, cryptography (pdfminer.six -> pdfplumber) and rpds-py (jsonschema) are such
 * programs: without this file they fail to load under Wine.
 *
 * ProcessPrng fills the buffer from RtlGenRandom (advapi32's SystemFunction036), the
 * system's cryptographic random source, and like Windows' own it always succeeds.
 *
 * Built by the lane with Debian's mingw-w64:
 *   x86_64-w64-mingw32-gcc -O2 -shared -s -o bcryptprimitives.dll \
 *       tools/wine_bcryptprimitives.c -ladvapi32
 * It goes into the Wine prefix's system32 and never into the Windows download. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
