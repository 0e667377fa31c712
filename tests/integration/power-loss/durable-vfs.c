/*
 * A SQLite VFS shim for the power-loss test (tests/integration/power-loss.test.ts). It wraps the
 * platform VFS and becomes the default. Every read and write goes to the real file as usual, but
 * each time SQLite calls xSync on a file, the shim copies that file's whole content, as it is at
 * that moment, to "<file>.durable" (written to a temporary name, then renamed, so a copy is never
 * half made). The .durable files are therefore exactly what a disk that honours fsync and loses
 * everything else would hold after the power is cut: what was never synced is not there.
 *
 * Build: cc -shared -fPIC -O1 -I<sqlite3ext.h dir> -o durable-vfs.so durable-vfs.c
 * Load:  db.loadExtension('durable-vfs.so') once; connections opened afterwards use it.
 */
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct DurableFile {
  sqlite3_file base;
  sqlite3_file *real;
  char *path; /* NULL for temporary files, which are never copied */
} DurableFile;

static sqlite3_vfs *realVfs = 0;
static sqlite3_vfs durableVfs;

static int copyDurable(DurableFile *f) {
  sqlite3_int64 size = 0;
  int rc = f->real->pMethods->xFileSize(f->real, &size);
  if (rc != SQLITE_OK) return rc;
  size_t n = strlen(f->path);
  char *tmp = sqlite3_malloc((int)n + 32);
  char *dst = sqlite3_malloc((int)n + 32);
  if (!tmp || !dst) return SQLITE_NOMEM;
  snprintf(tmp, n + 32, "%s.durable-tmp", f->path);
  snprintf(dst, n + 32, "%s.durable", f->path);
  FILE *out = fopen(tmp, "wb");
  if (!out) { sqlite3_free(tmp); sqlite3_free(dst); return SQLITE_IOERR; }
  char buf[65536];
  for (sqlite3_int64 off = 0; off < size; off += (sqlite3_int64)sizeof(buf)) {
    int chunk = (int)((size - off) < (sqlite3_int64)sizeof(buf) ? (size - off) : (sqlite3_int64)sizeof(buf));
    rc = f->real->pMethods->xRead(f->real, buf, chunk, off);
    if (rc != SQLITE_OK) break;
    fwrite(buf, 1, (size_t)chunk, out);
  }
  fclose(out);
  if (rc == SQLITE_OK) rename(tmp, dst); else remove(tmp);
  sqlite3_free(tmp);
  sqlite3_free(dst);
  return rc;
}

static int dClose(sqlite3_file *p) {
  DurableFile *f = (DurableFile *)p;
  int rc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
  sqlite3_free(f->path);
  sqlite3_free(f->real);
  return rc;
}
static int dRead(sqlite3_file *p, void *b, int n, sqlite3_int64 o) { DurableFile *f = (DurableFile *)p; return f->real->pMethods->xRead(f->real, b, n, o); }
static int dWrite(sqlite3_file *p, const void *b, int n, sqlite3_int64 o) { DurableFile *f = (DurableFile *)p; return f->real->pMethods->xWrite(f->real, b, n, o); }
static int dTruncate(sqlite3_file *p, sqlite3_int64 s) { DurableFile *f = (DurableFile *)p; return f->real->pMethods->xTruncate(f->real, s); }
static int dSync(sqlite3_file *p, int flags) {
  DurableFile *f = (DurableFile *)p;
  int rc = f->real->pMethods->xSync(f->real, flags);
  if (rc == SQLITE_OK && f->path) rc = copyDurable(f);
  return rc;
}
static int dFileSize(sqlite3_file *p, sqlite3_int64 *s) { DurableFile *f = (DurableFile *)p; return f->real->pMethods->xFileSize(f->real, s); }
static int dLock(sqlite3_file *p, int l) { DurableFile *f = (DurableFile *)p; return f->real->pMethods->xLock(f->real, l); }
static int dUnlock(sqlite3_file *p, int l) { DurableFile *f = (DurableFile *)p; return f->real->pMethods->xUnlock(f->real, l); }
static int dCheckReserved(sqlite3_file *p, int *r) { DurableFile *f = (DurableFile *)p; return f->real->pMethods->xCheckReservedLock(f->real, r); }
static int dFileControl(sqlite3_file *p, int op, void *a) { DurableFile *f = (DurableFile *)p; return f->real->pMethods->xFileControl(f->real, op, a); }
static int dSectorSize(sqlite3_file *p) { DurableFile *f = (DurableFile *)p; return f->real->pMethods->xSectorSize(f->real); }
static int dDeviceChar(sqlite3_file *p) { DurableFile *f = (DurableFile *)p; return f->real->pMethods->xDeviceCharacteristics(f->real); }
static int dShmMap(sqlite3_file *p, int i, int s, int e, void volatile **pp) { DurableFile *f = (DurableFile *)p; return f->real->pMethods->xShmMap(f->real, i, s, e, pp); }
static int dShmLock(sqlite3_file *p, int o, int n, int fl) { DurableFile *f = (DurableFile *)p; return f->real->pMethods->xShmLock(f->real, o, n, fl); }
static void dShmBarrier(sqlite3_file *p) { DurableFile *f = (DurableFile *)p; f->real->pMethods->xShmBarrier(f->real); }
static int dShmUnmap(sqlite3_file *p, int d) { DurableFile *f = (DurableFile *)p; return f->real->pMethods->xShmUnmap(f->real, d); }
/* No memory-mapped I/O: every write must go through xWrite. */
static int dFetch(sqlite3_file *p, sqlite3_int64 o, int n, void **pp) { (void)p; (void)o; (void)n; *pp = 0; return SQLITE_OK; }
static int dUnfetch(sqlite3_file *p, sqlite3_int64 o, void *pg) { (void)p; (void)o; (void)pg; return SQLITE_OK; }

static const sqlite3_io_methods durableMethods = {
  3, dClose, dRead, dWrite, dTruncate, dSync, dFileSize, dLock, dUnlock, dCheckReserved, dFileControl,
  dSectorSize, dDeviceChar, dShmMap, dShmLock, dShmBarrier, dShmUnmap, dFetch, dUnfetch,
};

static int dOpen(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *outFlags) {
  (void)vfs;
  DurableFile *f = (DurableFile *)file;
  memset(f, 0, sizeof(*f));
  f->real = sqlite3_malloc(realVfs->szOsFile);
  if (!f->real) return SQLITE_NOMEM;
  memset(f->real, 0, realVfs->szOsFile);
  int rc = realVfs->xOpen(realVfs, name, f->real, flags, outFlags);
  if (rc != SQLITE_OK) { sqlite3_free(f->real); f->real = 0; return rc; }
  if (name && (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL))) f->path = sqlite3_mprintf("%s", name);
  f->base.pMethods = &durableMethods;
  return SQLITE_OK;
}
static int dDelete(sqlite3_vfs *v, const char *n, int s) { (void)v; return realVfs->xDelete(realVfs, n, s); }
static int dAccess(sqlite3_vfs *v, const char *n, int f, int *r) { (void)v; return realVfs->xAccess(realVfs, n, f, r); }
static int dFullPathname(sqlite3_vfs *v, const char *n, int o, char *out) { (void)v; return realVfs->xFullPathname(realVfs, n, o, out); }
static void *dDlOpen(sqlite3_vfs *v, const char *n) { (void)v; return realVfs->xDlOpen(realVfs, n); }
static void dDlError(sqlite3_vfs *v, int n, char *m) { (void)v; realVfs->xDlError(realVfs, n, m); }
static void (*dDlSym(sqlite3_vfs *v, void *h, const char *s))(void) { (void)v; return realVfs->xDlSym(realVfs, h, s); }
static void dDlClose(sqlite3_vfs *v, void *h) { (void)v; realVfs->xDlClose(realVfs, h); }
static int dRandomness(sqlite3_vfs *v, int n, char *o) { (void)v; return realVfs->xRandomness(realVfs, n, o); }
static int dSleep(sqlite3_vfs *v, int u) { (void)v; return realVfs->xSleep(realVfs, u); }
static int dCurrentTime(sqlite3_vfs *v, double *t) { (void)v; return realVfs->xCurrentTime(realVfs, t); }
static int dGetLastError(sqlite3_vfs *v, int n, char *m) { (void)v; return realVfs->xGetLastError ? realVfs->xGetLastError(realVfs, n, m) : 0; }
static int dCurrentTimeInt64(sqlite3_vfs *v, sqlite3_int64 *t) { (void)v; return realVfs->xCurrentTimeInt64(realVfs, t); }

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_durablevfs_init(sqlite3 *db, char **err, const sqlite3_api_routines *api) {
  (void)db; (void)err;
  SQLITE_EXTENSION_INIT2(api);
  if (sqlite3_vfs_find("durable")) return SQLITE_OK_LOAD_PERMANENTLY;
  realVfs = sqlite3_vfs_find(0);
  if (!realVfs) return SQLITE_ERROR;
  durableVfs = *realVfs;
  durableVfs.iVersion = 2;
  durableVfs.szOsFile = (int)sizeof(DurableFile);
  durableVfs.zName = "durable";
  durableVfs.pAppData = 0;
  durableVfs.xOpen = dOpen;
  durableVfs.xDelete = dDelete;
  durableVfs.xAccess = dAccess;
  durableVfs.xFullPathname = dFullPathname;
  durableVfs.xDlOpen = dDlOpen;
  durableVfs.xDlError = dDlError;
  durableVfs.xDlSym = dDlSym;
  durableVfs.xDlClose = dDlClose;
  durableVfs.xRandomness = dRandomness;
  durableVfs.xSleep = dSleep;
  durableVfs.xCurrentTime = dCurrentTime;
  durableVfs.xGetLastError = dGetLastError;
  durableVfs.xCurrentTimeInt64 = dCurrentTimeInt64;
  int rc = sqlite3_vfs_register(&durableVfs, 1);
  return rc == SQLITE_OK ? SQLITE_OK_LOAD_PERMANENTLY : rc;
}
