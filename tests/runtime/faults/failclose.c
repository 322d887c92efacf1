/* LD_PRELOAD shim: close() and fclose() of the file named by $FAIL_CLOSE really close it, then
   report failure (EIO). tests/runtime/test_close_failures.py uses it to show that GnuCOBOL 3.1.2
   gives FILE STATUS 00 for such a CLOSE (docs/posting-decisions.md A8). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int names_target(int fd) {
    const char *target = getenv("FAIL_CLOSE");
    char link[64], path[4096];
    ssize_t n;
    if (target == NULL || fd < 0) return 0;
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    n = readlink(link, path, sizeof path - 1);
    if (n <= 0) return 0;
    path[n] = '\0';
    return strcmp(path, target) == 0;
}

int close(int fd) {
    int (*real_close)(int) = (int (*)(int))dlsym(RTLD_NEXT, "close");
    if (names_target(fd)) {
        real_close(fd);
        fputs("failclose: close() failed\n", stderr);
        errno = EIO;
        return -1;
    }
    return real_close(fd);
}

int fclose(FILE *stream) {
    int (*real_fclose)(FILE *) = (int (*)(FILE *))dlsym(RTLD_NEXT, "fclose");
    if (names_target(fileno(stream))) {
        real_fclose(stream);
        fputs("failclose: fclose() failed\n", stderr);
        errno = EIO;
        return EOF;
    }
    return real_fclose(stream);
}
