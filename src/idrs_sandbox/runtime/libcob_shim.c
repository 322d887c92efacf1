/*
 * The part of libcob's C API (GnuCOBOL 3.1.2, libcob/common.h) that C code called from a
 * program run by the legacy engine may use.  Built at run time with the system C compiler
 * (runtime/capi.py); a C module is linked against it instead of libcob.
 *
 * The structures are libcob's own (this file includes the installed libcob.h, so cob_field and
 * cob_field_attr have 3.1.2's layout).  The interpreter fills one cob_field per CALL operand
 * (idrs_set_params) whose data points into the operand's bytes; what only the interpreter
 * knows (a field's value, its DISPLAY text, a MOVE into it, the run's stderr) is reached
 * through callbacks it registers (idrs_set_callbacks).  The behaviour follows libcob 3.1.2's
 * common.c / call.c (cob_get_param_field, cob_get_picx, cob_put_grp_param ...), with the
 * messages of the testsuite's 'C-API Test (param based)' / '(field based)'.
 */

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libcob.h>

typedef long long (*idrs_get_s64_fn) (const cob_field *);
typedef void (*idrs_put_s64_fn) (const cob_field *, long long);
typedef int (*idrs_get_str_fn) (const cob_field *, char *, size_t);
typedef int (*idrs_put_str_fn) (const cob_field *, const char *);
typedef void (*idrs_warn_fn) (int, const char *);
typedef int (*idrs_cobol_fn) (const char *, void **, int, int *);
typedef int (*idrs_extfh_fn) (unsigned char *, FCD3 *);

static idrs_get_s64_fn idrs_get_s64;
static idrs_put_s64_fn idrs_put_s64;
static idrs_get_str_fn idrs_get_str;
static idrs_put_str_fn idrs_put_str;
static idrs_warn_fn idrs_warn;
static idrs_cobol_fn idrs_cobol;
static idrs_extfh_fn idrs_extfh;

static int idrs_count = -1;
static cob_field **idrs_params;
static cob_global idrs_global;
static char *idrs_buffer;
static size_t idrs_buffer_size;

void
idrs_set_callbacks (idrs_get_s64_fn get_s64, idrs_put_s64_fn put_s64,
		    idrs_get_str_fn get_str, idrs_put_str_fn put_str, idrs_warn_fn warn)
{
	idrs_get_s64 = get_s64;
	idrs_put_s64 = put_s64;
	idrs_get_str = get_str;
	idrs_put_str = put_str;
	idrs_warn = warn;
}

/* the operands of the CALL running now (-1: no CALL from the interpreter) */
int
idrs_set_params (int count, cob_field **params)
{
	int before = idrs_count;
	idrs_count = count;
	idrs_params = params;
	idrs_global.cob_call_params = count < 0 ? 0 : count;
	return before;
}

static void
idrs_message (int located, const char *fmt, va_list ap)
{
	char text[1024];
	vsnprintf (text, sizeof (text), fmt, ap);
	if (idrs_warn) {
		idrs_warn (located, text);
	} else {
		fprintf (stderr, "libcob: warning: %s\n", text);
	}
}

/* libcob's cob_runtime_warning with the CALL's source position (cobc -debug) */
static void
idrs_warning (const char *fmt, ...)
{
	va_list ap;
	va_start (ap, fmt);
	idrs_message (1, fmt, ap);
	va_end (ap);
}

/* a field warning: libcob gives no position for these */
static void
idrs_field_warning (const char *fmt, ...)
{
	va_list ap;
	va_start (ap, fmt);
	idrs_message (0, fmt, ap);
	va_end (ap);
}

void
cob_runtime_warning (const char *fmt, ...)
{
	va_list ap;
	va_start (ap, fmt);
	idrs_message (1, fmt, ap);
	va_end (ap);
}

cob_global *
cob_get_global_ptr (void)
{
	return &idrs_global;
}

/* ------------------------------------------------- running C code, cob_init, cob_stop_run */

#define IDRS_MAX_ARGS 16
#define IDRS_MAX_DEPTH 64

/* libcob is initialised for C code called from COBOL; a C main program starts without it */
static int idrs_initialized = 1;
static int idrs_implicit_init;
static jmp_buf idrs_jumps[IDRS_MAX_DEPTH];
static int idrs_depth;
static int idrs_stop_status;

typedef int (*idrs_c_fn) ();

/* call fn with up to 16 integer or pointer arguments (as libcob calls C code: every argument
   in an integer register or stack slot); a cob_stop_run in it comes back here: *stopped is
   set and the status returned */
int
idrs_invoke (idrs_c_fn fn, const long long *args, int *stopped)
{
	int result;
	const long long *a = args;
	*stopped = 0;
	if (idrs_depth >= IDRS_MAX_DEPTH) {
		idrs_warning ("C code nested too deeply");
		*stopped = 1;
		return 1;
	}
	if (setjmp (idrs_jumps[idrs_depth++])) {
		*stopped = 1;
		return idrs_stop_status;
	}
	result = fn (a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7],
		     a[8], a[9], a[10], a[11], a[12], a[13], a[14], a[15]);
	idrs_depth--;
	return result;
}

/* how a C main program starts (runtime/cmain.py): without libcob, unless built with
   -fimplicit-init */
void
idrs_begin_main (int implicit)
{
	idrs_initialized = 0;
	idrs_implicit_init = implicit;
	idrs_global.cob_call_params = 0;
}

void
idrs_set_cobol (idrs_cobol_fn cobol)
{
	idrs_cobol = cobol;
}

int
cob_is_initialized (void)
{
	return idrs_initialized;
}

void
cob_init (const int argc, char **argv)
{
	(void)argc;
	(void)argv;
	idrs_initialized = 1;
}

/* libcob ends the process; here the run ends: back to the interpreter's call of the C code */
void
cob_stop_run (const int status)
{
	fflush (stdout);
	fflush (stderr);
	if (idrs_depth <= 0) {
		fprintf (stderr, "libcob: error: cob_stop_run outside C code the run called\n");
		abort ();
	}
	idrs_stop_status = status;
	longjmp (idrs_jumps[--idrs_depth], 1);
}

/* a COBOL program called as a C function by C code (runtime/cmain.py builds one such C
   function per program): count is cob_call_params when the C code set it */
int
idrs_cobol_call (const char *name, void **argv)
{
	int stop = -1;
	int result;
	if (!idrs_initialized) {
		if (!idrs_implicit_init) {
			fflush (stdout);
			fprintf (stderr, "libcob: error: cob_init() has not been called\n");
			fflush (stderr);
			cob_stop_run (1);
		}
		idrs_initialized = 1;
	}
	fflush (stdout);
	result = idrs_cobol (name, argv, idrs_global.cob_call_params, &stop);
	if (stop >= 0) {
		cob_stop_run (stop);
	}
	return result;
}

void *
cob_malloc (const size_t size)
{
	void *mem = calloc (1, size ? size : 1);
	if (mem == NULL) {
		fprintf (stderr, "libcob: error: out of memory\n");
		abort ();
	}
	return mem;
}

void
cob_free (void *mem)
{
	free (mem);
}

/* ------------------------------------------------------------------ parameters */

cob_field *
cob_get_param_field (int n, const char *caller_name)
{
	if (idrs_count < 0) {
		idrs_warning ("%s: COBOL runtime is not initialized", caller_name);
		return NULL;
	}
	if (n < 1 || n > idrs_count) {
		idrs_warning ("%s: parameter %d is not within range of %d", caller_name, n,
			      idrs_count);
		return NULL;
	}
	if (idrs_params[n - 1] == NULL) {
		idrs_warning ("%s: parameter %d is NULL", caller_name, n);
		return NULL;
	}
	return idrs_params[n - 1];
}

int
cob_get_num_params (void)
{
	return idrs_count < 0 ? 0 : idrs_count;
}

/* libcob: a binary item in native byte order (COMP-5, or not byte-swapped) is COMP-5 */
int
cob_get_field_type (const cob_field *f)
{
	if (f == NULL) {
		return -1;
	}
	if (f->attr->type == COB_TYPE_NUMERIC_BINARY
	    && (COB_FIELD_REAL_BINARY (f) || !COB_FIELD_BINARY_SWAP (f))) {
		return COB_TYPE_NUMERIC_COMP5;
	}
	return (int)f->attr->type;
}

int
cob_get_field_size (const cob_field *f)
{
	return f == NULL ? -1 : (int)f->size;
}

int
cob_get_field_digits (const cob_field *f)
{
	return f == NULL ? -1 : (int)f->attr->digits;
}

int
cob_get_field_scale (const cob_field *f)
{
	return f == NULL ? -1 : (int)f->attr->scale;
}

int
cob_get_field_sign (const cob_field *f)
{
	return f == NULL ? -1 : (COB_FIELD_HAVE_SIGN (f) ? 1 : 0);
}

/* measured with cobc 3.1.2: the flag's own value (4096), not 1 */
int
cob_get_field_constant (const cob_field *f)
{
	return f == NULL ? -1 : (int)COB_FIELD_CONSTANT (f);
}

int
cob_get_param_type (int n)
{
	return cob_get_field_type (cob_get_param_field (n, "cob_get_param_type"));
}

int
cob_get_param_size (int n)
{
	return cob_get_field_size (cob_get_param_field (n, "cob_get_param_size"));
}

int
cob_get_param_digits (int n)
{
	return cob_get_field_digits (cob_get_param_field (n, "cob_get_param_digits"));
}

int
cob_get_param_scale (int n)
{
	return cob_get_field_scale (cob_get_param_field (n, "cob_get_param_scale"));
}

int
cob_get_param_sign (int n)
{
	return cob_get_field_sign (cob_get_param_field (n, "cob_get_param_sign"));
}

int
cob_get_param_constant (int n)
{
	return cob_get_field_constant (cob_get_param_field (n, "cob_get_param_constant"));
}

void *
cob_get_param_data (int n)
{
	cob_field *f = cob_get_param_field (n, "cob_get_param_data");
	return f == NULL ? NULL : (void *)f->data;
}

/* the field's value as an unscaled integer (libcob: DISPLAY and edited digits read as
   cob_get_s64_pic9 reads them, binary and packed as stored, anything else MOVEd) */
cob_s64_t
cob_get_s64_param (int n)
{
	cob_field *f = cob_get_param_field (n, "cob_get_s64_param");
	return f == NULL ? -1 : idrs_get_s64 (f);
}

cob_u64_t
cob_get_u64_param (int n)
{
	cob_field *f = cob_get_param_field (n, "cob_get_u64_param");
	return f == NULL ? 0 : (cob_u64_t)idrs_get_s64 (f);
}

void
cob_put_s64_param (int n, cob_s64_t val)
{
	cob_field *f = cob_get_param_field (n, "cob_put_s64_param");
	if (f == NULL) {
		return;
	}
	if (COB_FIELD_CONSTANT (f)) {
		idrs_warning ("%s: attempt to over-write constant parameter %d with %lld",
			      "cob_put_s64_param", n, (long long)val);
		return;
	}
	idrs_put_s64 (f, (long long)val);
}

void
cob_put_u64_param (int n, cob_u64_t val)
{
	cob_field *f = cob_get_param_field (n, "cob_put_u64_param");
	if (f == NULL) {
		return;
	}
	if (COB_FIELD_CONSTANT (f)) {
		idrs_warning ("%s: attempt to over-write constant parameter %d with %llu",
			      "cob_put_u64_param", n, (unsigned long long)val);
		return;
	}
	idrs_put_s64 (f, (long long)val);
}

/* libcob cob_get_picx: the bytes without trailing spaces, as a C string (a new one when
   charfld is NULL, for cob_free) */
char *
cob_get_picx (void *cbldata, size_t len, void *charfld, size_t charlen)
{
	size_t size = len;
	char *out;
	while (size > 0 && ((char *)cbldata)[size - 1] == ' ') {
		size--;
	}
	if (charfld == NULL) {
		out = cob_malloc (size + 1);
	} else {
		out = charfld;
		if (charlen == 0) {
			return out;
		}
		if (size >= charlen) {
			size = charlen - 1;
		}
	}
	memcpy (out, cbldata, size);
	out[size] = 0;
	return out;
}

/* libcob cob_put_picx: the C string, space-padded to the field's size */
void
cob_put_picx (void *cbldata, size_t len, void *string)
{
	size_t size = strlen ((char *)string);
	if (size > len) {
		size = len;
	}
	memcpy (cbldata, string, size);
	memset ((char *)cbldata + size, ' ', len - size);
}

char *
cob_get_picx_param (int n, void *charfld, size_t charlen)
{
	cob_field *f = cob_get_param_field (n, "cob_get_picx_param");
	return f == NULL ? NULL : cob_get_picx (f->data, f->size, charfld, charlen);
}

void
cob_put_picx_param (int n, void *charfld)
{
	cob_field *f = cob_get_param_field (n, "cob_put_picx_param");
	if (f == NULL || charfld == NULL) {
		return;
	}
	if (COB_FIELD_CONSTANT (f)) {
		idrs_warning ("%s: attempt to over-write constant parameter %d with '%s'",
			      "cob_put_picx_param", n, (char *)charfld);
		return;
	}
	cob_put_picx (f->data, f->size, charfld);
}

void *
cob_get_grp_param (int n, void *charfld, size_t charlen)
{
	cob_field *f = cob_get_param_field (n, "cob_get_grp_param");
	if (f == NULL) {
		return NULL;
	}
	if (charfld == NULL) {
		charfld = cob_malloc (charlen > f->size ? charlen : f->size);
	}
	memcpy (charfld, f->data, f->size);
	return charfld;
}

void
cob_put_grp_param (int n, void *charfld, size_t charlen)
{
	cob_field *f = cob_get_param_field (n, "cob_put_grp_param");
	if (f == NULL || charfld == NULL) {
		return;
	}
	if (COB_FIELD_CONSTANT (f)) {
		idrs_warning ("%s: attempt to over-write constant parameter %d",
			      "cob_put_grp_param", n);
		return;
	}
	if (charlen == 0 || charlen > f->size) {
		charlen = f->size;
	}
	memcpy (f->data, charfld, charlen);
}

/* ------------------------------------------------------------- fields as text */

/* the field as DISPLAY shows it (libcob's "pretty-display" value) */
const char *
cob_get_field_str (const cob_field *f, char *buff, size_t size)
{
	if (f == NULL || buff == NULL || size == 0) {
		return NULL;
	}
	idrs_get_str (f, buff, size);
	return buff;
}

const char *
cob_get_field_str_buffered (const cob_field *f)
{
	size_t need;
	if (f == NULL) {
		return NULL;
	}
	need = (size_t)idrs_get_str (f, NULL, 0) + 1;
	if (need > idrs_buffer_size) {
		free (idrs_buffer);
		idrs_buffer = cob_malloc (need);
		idrs_buffer_size = need;
	}
	idrs_get_str (f, idrs_buffer, idrs_buffer_size);
	return idrs_buffer;
}

/* the text MOVEd into the field */
int
cob_put_field_str (const cob_field *f, const char *str)
{
	if (f == NULL || str == NULL) {
		return 22; /* EINVAL */
	}
	if (COB_FIELD_CONSTANT (f)) {
		idrs_field_warning ("%s: attempt to over-write constant field with '%s'",
				    "cob_put_field_str", str);
		return 22;
	}
	return idrs_put_str (f, str);
}

const char *
cob_get_param_str (int n, char *buff, size_t size)
{
	return cob_get_field_str (cob_get_param_field (n, "cob_get_param_str"), buff, size);
}

const char *
cob_get_param_str_buffered (int n)
{
	return cob_get_field_str_buffered (cob_get_param_field (n, "cob_get_param_str"));
}

int
cob_put_param_str (int n, const char *str)
{
	cob_field *f = cob_get_param_field (n, "cob_put_param_str");
	if (f == NULL) {
		return -1;
	}
	if (COB_FIELD_CONSTANT (f)) {
		idrs_warning ("%s: attempt to over-write constant parameter %d with '%s'",
			      "cob_put_param_str", n, str);
		return -1;
	}
	return idrs_put_str (f, str);
}

/* ------------------------------------------------------------------ EXTFH (cobc -fcallfh) */

void
idrs_set_extfh (idrs_extfh_fn extfh)
{
	idrs_extfh = extfh;
}

/* an FCD3 of a file of the run (runtime/extfh.py): organization, open mode, status */
FCD3 *
idrs_fcd_new (void)
{
	FCD3 *fcd = cob_malloc (sizeof (FCD3));
	fcd->fcdVer = FCD_VER_64Bit;
	fcd->fcdLen[0] = (unsigned char)(sizeof (FCD3) >> 8);
	fcd->fcdLen[1] = (unsigned char)(sizeof (FCD3) & 0xFF);
	fcd->openMode = OPEN_NOT_OPEN;
	fcd->fileStatus[0] = '0';
	fcd->fileStatus[1] = '0';
	return fcd;
}

void
idrs_fcd_set (FCD3 *fcd, int org, int open_mode, const char *status)
{
	fcd->fileOrg = (unsigned char)org;
	fcd->openMode = (unsigned char)open_mode;
	fcd->fileStatus[0] = (unsigned char)status[0];
	fcd->fileStatus[1] = (unsigned char)status[1];
}

void
idrs_fcd_status (const FCD3 *fcd, char *status)
{
	status[0] = (char)fcd->fileStatus[0];
	status[1] = (char)fcd->fileStatus[1];
}

/* libcob's file handler: the operation the engine was about to do (the handler the program
   was built with, -fcallfh, passes it on here) */
int
EXTFH (unsigned char *opcode, FCD3 *fcd)
{
	return idrs_extfh (opcode, fcd);
}
