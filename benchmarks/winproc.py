"""CPU time, peak memory and thread count of a process on Windows (ctypes, no extra package).

The benchmarks read these from wait4() and /proc on Linux; Windows has neither, so
benchmarks/run.py and benchmarks/profile_startup.py use these functions there instead.
Windows counts no context switches per process in a public API: callers get None for them.
"""

from __future__ import annotations

import ctypes
import functools
from ctypes import wintypes

PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
PROCESS_VM_READ = 0x0010
TH32CS_SNAPTHREAD = 0x00000004
INVALID_HANDLE_VALUE = ctypes.c_void_p(-1).value


class _ProcessMemoryCounters(ctypes.Structure):
    _fields_ = [
        ("cb", wintypes.DWORD),
        ("PageFaultCount", wintypes.DWORD),
        ("PeakWorkingSetSize", ctypes.c_size_t),
        ("WorkingSetSize", ctypes.c_size_t),
        ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
        ("QuotaPagedPoolUsage", ctypes.c_size_t),
        ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
        ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
        ("PagefileUsage", ctypes.c_size_t),
        ("PeakPagefileUsage", ctypes.c_size_t),
    ]


class _ThreadEntry32(ctypes.Structure):
    _fields_ = [
        ("dwSize", wintypes.DWORD),
        ("cntUsage", wintypes.DWORD),
        ("th32ThreadID", wintypes.DWORD),
        ("th32OwnerProcessID", wintypes.DWORD),
        ("tpBasePri", wintypes.LONG),
        ("tpDeltaPri", wintypes.LONG),
        ("dwFlags", wintypes.DWORD),
    ]


@functools.cache
def _kernel32():
    k = ctypes.WinDLL("kernel32", use_last_error=True)
    k.GetCurrentProcess.restype = wintypes.HANDLE
    k.OpenProcess.restype = wintypes.HANDLE
    k.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
    k.CloseHandle.argtypes = [wintypes.HANDLE]
    k.GetProcessTimes.argtypes = [wintypes.HANDLE] + [ctypes.POINTER(wintypes.FILETIME)] * 4
    k.CreateToolhelp32Snapshot.restype = wintypes.HANDLE
    k.CreateToolhelp32Snapshot.argtypes = [wintypes.DWORD, wintypes.DWORD]
    k.Thread32First.argtypes = [wintypes.HANDLE, ctypes.POINTER(_ThreadEntry32)]
    k.Thread32Next.argtypes = [wintypes.HANDLE, ctypes.POINTER(_ThreadEntry32)]
    k.K32GetProcessMemoryInfo.argtypes = [
        wintypes.HANDLE,
        ctypes.POINTER(_ProcessMemoryCounters),
        wintypes.DWORD,
    ]
    return k


def _filetime_seconds(ft: wintypes.FILETIME) -> float:
    return ((ft.dwHighDateTime << 32) | ft.dwLowDateTime) / 1e7  # 100 ns units


def cpu_seconds(handle: int) -> float:
    """User plus kernel CPU seconds of the process behind ``handle`` (all its threads)."""
    times = [wintypes.FILETIME() for _ in range(4)]
    if not _kernel32().GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
        raise ctypes.WinError(ctypes.get_last_error())
    return _filetime_seconds(times[2]) + _filetime_seconds(times[3])


def peak_rss_kib(handle: int) -> int:
    """Peak working set (the closest Windows figure to Linux's peak RSS) in KiB."""
    counters = _ProcessMemoryCounters()
    counters.cb = ctypes.sizeof(counters)
    if not _kernel32().K32GetProcessMemoryInfo(handle, ctypes.byref(counters), counters.cb):
        raise ctypes.WinError(ctypes.get_last_error())
    return counters.PeakWorkingSetSize // 1024


def thread_count(pid: int) -> int:
    k = _kernel32()
    snap = k.CreateToolhelp32Snapshot(TH32CS_SNAPTHREAD, 0)
    if snap in (None, INVALID_HANDLE_VALUE):
        raise ctypes.WinError(ctypes.get_last_error())
    try:
        entry = _ThreadEntry32()
        entry.dwSize = ctypes.sizeof(entry)
        count = 0
        ok = k.Thread32First(snap, ctypes.byref(entry))
        while ok:
            count += entry.th32OwnerProcessID == pid
            ok = k.Thread32Next(snap, ctypes.byref(entry))
        return count
    finally:
        k.CloseHandle(snap)


class OpenProcess:
    """``with OpenProcess(pid) as handle:`` a query handle for a running process."""

    def __init__(self, pid: int):
        self.pid = pid
        self.handle = None

    def __enter__(self) -> int:
        access = PROCESS_QUERY_LIMITED_INFORMATION | PROCESS_VM_READ
        self.handle = _kernel32().OpenProcess(access, False, self.pid)
        if not self.handle:
            raise ctypes.WinError(ctypes.get_last_error())
        return self.handle

    def __exit__(self, *exc) -> None:
        _kernel32().CloseHandle(self.handle)


def proc_usage(pid: int) -> dict:
    """What benchmarks/run.py's proc_usage() gives on Linux; ``switches`` is None here."""
    with OpenProcess(pid) as handle:
        cpu = cpu_seconds(handle)
    threads = thread_count(pid)
    return {"cpu_s": cpu, "switches": None, "threads": threads, "source": "GetProcessTimes"}


def self_peak_rss_kib() -> int:
    return peak_rss_kib(_kernel32().GetCurrentProcess())
