/* The C side of the ncurses backend: ncursesw's wide-character API plus the
 * few helpers Swift cannot import directly (macros, mutable globals).
 * Nothing here is compiled on its own: the `static inline` functions and
 * `static const` values are compiled into the Swift module that uses them. */
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

/* get_wch, cchar_t, setcchar and wint_t are only declared when
 * NCURSES_WIDECHAR is 1. pkg-config would turn it on through
 * -D_XOPEN_SOURCE=600, but SwiftPM drops pkg-config's -D flags. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift 6 rejects reads of mutable C globals, so read them through functions. */
static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline WINDOW *cnc_curscr(void) { return curscr; }
static inline int cnc_lines(void) { return LINES; }
static inline int cnc_cols(void) { return COLS; }
static inline int cnc_colors(void) { return COLORS; }
static inline int cnc_color_pairs(void) { return COLOR_PAIRS; }

/* A_* attributes are built from NCURSES_BITS() and are not imported. */
static const attr_t CNC_A_NORMAL = A_NORMAL;
static const attr_t CNC_A_BOLD = A_BOLD;
static const attr_t CNC_A_DIM = A_DIM;
static const attr_t CNC_A_UNDERLINE = A_UNDERLINE;
static const attr_t CNC_A_REVERSE = A_REVERSE;
static const attr_t CNC_A_ITALIC = A_ITALIC;

/* Mouse masks are built from NCURSES_MOUSE_MASK() and are not imported.
 * With NCURSES_MOUSE_VERSION 2 (ncurses 6) the wheel is buttons 4 and 5. */
static const mmask_t CNC_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t CNC_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t CNC_BUTTON5_PRESSED = BUTTON5_PRESSED;
static const mmask_t CNC_REPORT_MOUSE_POSITION = REPORT_MOUSE_POSITION;

/* KEY_F(n) is a function-like macro. */
static inline int cnc_key_f(int n) { return KEY_F(n); }

/* Swift's Glibc module is built without _XOPEN_SOURCE, so wcwidth(3) is
 * not visible from Swift: declare it. Its answer depends on LC_CTYPE. */
extern int wcwidth(wchar_t c);
static inline int cnc_wcwidth(wchar_t c) { return wcwidth(c); }

/* LC_CTYPE_MASK is built from another macro; used to make a UTF-8 locale for
 * one thread (newlocale + uselocale) without touching the process locale. */
static const int CNC_LC_CTYPE_MASK = LC_CTYPE_MASK;

/* Function-like macro. */
static inline void cnc_getmaxyx(WINDOW *win, int *y, int *x) { getmaxyx(win, *y, *x); }

#endif
