/*
 * A stand-in for Windows' bcryptprimitives.dll, for running molnkoll.exe under Wine ONLY.
 *
 * Why: Rust's standard library (1.78 and later) gets its random numbers (HashMap seeds,
 * temporary file names) from ProcessPrng in bcryptprimitives.dll, which every Windows 10/11
 * has. Wine 8 (Debian 12's wine64) lacks that DLL, so the exe would not even start. This file
 * exports ProcessPrng on top of BCryptGenRandom, which Wine has. CI builds it with the same
 * mingw-w64 gcc and puts it beside molnkoll.exe in a private folder; it is never shipped, and
 * on real Windows the system's own DLL is used.
 *
 * Build: x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll bcryptprimitives.c -lbcrypt
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    /* BCryptGenRandom takes a ULONG length: fill larger buffers in pieces. */
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
