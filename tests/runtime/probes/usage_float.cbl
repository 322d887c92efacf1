       IDENTIFICATION DIVISION.
       PROGRAM-ID. USAGE-FLOAT.
      * COMP-1 / COMP-2: DISPLAY, MOVE both ways, COMPUTE (a store
      * truncates toward zero: 0.0001 shows 9.999999999999999E-5).
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  F1  COMP-1.
       01  F2  COMP-2.
       01  D   PIC S9(5)V9(4).
       01  E   PIC -(5)9.99.
       PROCEDURE DIVISION.
           DISPLAY F1 " " F2
           MOVE 0.5 TO F1 F2 DISPLAY F1 " " F2
           MOVE -12.25 TO F1 F2 DISPLAY F1 " " F2
           MOVE 0.00001 TO F1 F2 DISPLAY F1 " " F2
           MOVE 123456789 TO F1 F2 DISPLAY F1 " " F2
           MOVE 1.0E20 TO F1 F2 DISPLAY F1 " " F2
           COMPUTE F1 = 1 / 3 COMPUTE F2 = 1 / 3 DISPLAY F1 " " F2
           COMPUTE F1 = 2 / 3 COMPUTE F2 = 2 / 3 DISPLAY F1 " " F2
           MOVE F2 TO D DISPLAY D
           MOVE F2 TO E DISPLAY E
           COMPUTE F2 = -2 / 3 MOVE F2 TO D DISPLAY D
           MOVE 11.55 TO F1 MOVE F1 TO D DISPLAY D " " F1
           MOVE 100 TO F2 DISPLAY F2
           MOVE 1.0E-7 TO F2 DISPLAY F2
           MOVE 0.0001 TO F2 DISPLAY F2
           STOP RUN.
