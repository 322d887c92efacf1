       IDENTIFICATION DIVISION.
       PROGRAM-ID. CONSTEXPR.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  PICX      PIC XXX VALUE 'Abc'.
       01  NUMS      PIC S9(3)V99 VALUE 0.
       78  A1        VALUE 7 / 2 * 2.
       78  A2        VALUE 2.5 + 0.25.
       78  A3        VALUE 1 + 2 * 3.
       78  A4        VALUE 10 - 2 - 3.
       78  A5        VALUE -3 * (2 + LENGTH OF PICX).
       01  A6        CONSTANT AS BYTE-LENGTH OF NUMS.
       01  B1        CONSTANT 7 / 2 * 2.
       01  B2        CONSTANT 2.5 * 1.5.
       01  B3        CONSTANT 1 + 2 * 3.
       01  B4        CONSTANT 10 - 2 - 3.
       01  B5        CONSTANT AS 2 * 3 + 4 * 5.
       01  B6        CONSTANT AS -7 / 2.
       01  S1        CONSTANT "ab".
       01  S2        CONSTANT S1 & "cd" & S1.
       78  S3        VALUE "x" & S2.
       PROCEDURE DIVISION.
           DISPLAY "A1 " A1 " A2 " A2 " A3 " A3 " A4 " A4
           DISPLAY "A5 " A5 " A6 " A6
           DISPLAY "B1 " B1 " B2 " B2 " B3 " B3 " B4 " B4
           DISPLAY "B5 " B5 " B6 " B6
           DISPLAY "S2 [" S2 "] S3 [" S3 "]"
           STOP RUN.
