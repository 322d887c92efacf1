      * SPECIAL-NAMES DECIMAL-POINT IS COMMA: numeric literals with a
      * comma, commas as separators, DISPLAY of items and literals,
      * edited pictures (',' the point, '.' the insertion), de-editing,
      * MOVE of alphanumeric text to a number, function results.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. DECIMAL-COMMA.
       ENVIRONMENT DIVISION.
       CONFIGURATION SECTION.
       SPECIAL-NAMES.
           DECIMAL-POINT IS COMMA.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 N      PIC S9(5)V99 VALUE -1234,5.
       01 M      PIC 9(3)V9(3).
       01 E1     PIC ZZ.ZZ9,99-.
       01 E2     PIC $$$.$$9,99.
       01 E3     PIC 9,999.
       01 A      PIC X(10) VALUE "12,75".
       01 D      PIC 9(5)V99.
       PROCEDURE DIVISION.
           DISPLAY N
           DISPLAY 1,5 " " -0,25 " " 12
           MOVE N TO E1 DISPLAY E1
           MOVE 98765,43 TO E2 DISPLAY E2
           MOVE 1,5 TO E3 DISPLAY E3
           MOVE E1 TO D DISPLAY D
           MOVE A TO D DISPLAY D
           COMPUTE M = 1,5 * 2,25 DISPLAY M
           COMPUTE E1 = N / 4 DISPLAY E1
           MOVE FUNCTION MIN (7, 3,5) TO M DISPLAY M
           DISPLAY 1,23E1 " " -4,5E-1
           STOP RUN.
