      * The locale functions (libcob reads the locale at cob_init;
      * every locale of this machine: C, C.UTF-8, POSIX, gives these
      * values, and so does a missing one): LOCALE-DATE / -TIME /
      * -TIME-FROM-SECONDS, LOCALE-COMPARE, the monetary and numeric
      * point and separator functions, invalid arguments.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. fnLocale.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 LOC PIC X(20) VALUE "C.UTF-8".
       01 D8 PIC 9(8) VALUE 19630302.
       PROCEDURE DIVISION.
           DISPLAY "[" FUNCTION CURRENCY-SYMBOL "]"
           DISPLAY "[" FUNCTION MONETARY-DECIMAL-POINT "]"
           DISPLAY "[" FUNCTION MONETARY-THOUSANDS-SEPARATOR "]"
           DISPLAY "[" FUNCTION NUMERIC-DECIMAL-POINT "]"
           DISPLAY "[" FUNCTION NUMERIC-THOUSANDS-SEPARATOR "]"
           DISPLAY FUNCTION LENGTH (FUNCTION CURRENCY-SYMBOL)
           DISPLAY "[" FUNCTION LOCALE-DATE ("19630302") "]"
           DISPLAY "[" FUNCTION LOCALE-DATE (D8) "]"
           DISPLAY "[" FUNCTION LOCALE-DATE ("19630230") "]"
           DISPLAY "[" FUNCTION LOCALE-DATE ("1963030") "]"
           DISPLAY "[" FUNCTION LOCALE-DATE ("1963030X") "]"
           DISPLAY "[" FUNCTION LOCALE-DATE ("19630302" LOC) "]"
           DISPLAY "[" FUNCTION LOCALE-TIME ("233012") "]"
           DISPLAY "[" FUNCTION LOCALE-TIME (240000) "]"
           DISPLAY "[" FUNCTION LOCALE-TIME ("236012") "]"
           DISPLAY "[" FUNCTION LOCALE-TIME ("233012" LOC) "]"
           DISPLAY "[" FUNCTION LOCALE-TIME-FROM-SECONDS (33012) "]"
           DISPLAY "[" FUNCTION LOCALE-TIME-FROM-SECONDS (86400) "]"
           DISPLAY "[" FUNCTION LOCALE-TIME-FROM-SECONDS (86401) "]"
           DISPLAY "[" FUNCTION LOCALE-TIME-FROM-SECONDS (-1) "]"
           DISPLAY "[" FUNCTION LOCALE-COMPARE ("A" "B") "]"
           DISPLAY "[" FUNCTION LOCALE-COMPARE ("a" "B") "]"
           DISPLAY "[" FUNCTION LOCALE-COMPARE ("A  " "A") "]"
           DISPLAY "[" FUNCTION LOCALE-COMPARE (X"E9" "f") "]"
           DISPLAY "[" FUNCTION LOCALE-COMPARE ("b" "a" LOC) "]"
           STOP RUN.
