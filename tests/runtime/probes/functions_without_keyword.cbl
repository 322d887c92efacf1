      * cobc -fintrinsics=NAME,...: those functions are named without
      * FUNCTION (with arguments and reference modification too).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. fnNoKeyword.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 Z PIC 99V99.
       01 T PIC X(5) VALUE "abcde".
       PROCEDURE DIVISION.
           MOVE PI TO Z.
           DISPLAY Z.
           MOVE E TO Z.
           DISPLAY Z.
           COMPUTE Z = SQRT (16) + 1.
           DISPLAY Z.
           DISPLAY UPPER-CASE (T) (2:3).
           DISPLAY FUNCTION REVERSE (T).
           STOP RUN.
