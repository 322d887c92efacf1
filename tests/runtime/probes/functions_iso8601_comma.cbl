      * FORMATTED-TIME, SECONDS-FROM-FORMATTED-TIME and
      * TEST-FORMATTED-DATETIME with DECIMAL-POINT IS COMMA: the
      * seconds' point is the comma (libcob's module decimal_point).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. fnIsoComma.
       ENVIRONMENT DIVISION.
       CONFIGURATION SECTION.
       SPECIAL-NAMES.
           DECIMAL-POINT IS COMMA.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 FMT PIC X(20).
       PROCEDURE DIVISION.
           DISPLAY FUNCTION SECONDS-FROM-FORMATTED-TIME
               ("hhmmss,s" "000010,5").
           DISPLAY FUNCTION FORMATTED-TIME ("hh:mm:ss,ss" 45296,5) "|".
           DISPLAY FUNCTION FORMATTED-DATETIME
               ("YYYYMMDDThhmmss,sss" 1 45296,25) "|".
           DISPLAY FUNCTION TEST-FORMATTED-DATETIME
               ("hhmmss,ss" "123456,78").
           DISPLAY FUNCTION TEST-FORMATTED-DATETIME
               ("hhmmss,ss" "123456.78").
           MOVE "hhmmss.ss" TO FMT.
           DISPLAY FUNCTION FORMATTED-TIME (FMT 1) "|".
           DISPLAY FUNCTION EXCEPTION-STATUS.
           STOP RUN.
