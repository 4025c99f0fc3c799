#pragma once

// CONSENTRY_ASAN is defined when this translation unit is built with AddressSanitizer (gcc or clang).
// ASan replaces some system calls with its own versions, e.g. mlock() and munlock() do nothing under it.
#if defined(__SANITIZE_ADDRESS__)
#define CONSENTRY_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CONSENTRY_ASAN 1
#endif
#endif
