       IDENTIFICATION DIVISION.
       PROGRAM-ID. SPEEDPLV.
      * COMPUTE INTO ITEMS KEPT AS PYTHON INTS (PROMOTED) WITHOUT THE
      * NORMALIZER CALL WHEN THE RESULT IS A SUM, DIFFERENCE, PRODUCT OR
      * NEGATION (RUNTIME/COMPILE/PLAIN_VALUES.PY): RESULTS IN RANGE,
      * TOO LARGE (HIGH-ORDER DIGITS LOST), NEGATIVE, ZERO FROM NEGATIVE
      * OPERANDS, A NEGATIVE ZERO AS OPERAND AND MOVED ON AS IT IS,
      * ROUNDED, AND THE SAME RESULTS INTO A DISPLAY AND A COMP-3 ITEM;
      * NEGATIVE AND ZERO VALUES MOVED FROM THEM INTO A COMP-3 ITEM, WITH
      * HIGH-ORDER DIGITS CUT (TO ZERO ONCE).
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  A                           PIC S9(3)V99 VALUE 0.
       01  B                           PIC S9(3)V99 VALUE 0.
       01  C                           PIC S9(3)V99 VALUE 0.
       01  N                           PIC S9V99 VALUE 0.
       01  W                           PIC S9(5)V99 VALUE 0.
       01  U                           PIC 9(3)V99 VALUE 0.
       01  P                           PIC S9(3)V99 COMP-3 VALUE 0.
       01  D                           PIC S9(3)V99 VALUE 0.
       01  WS-REC.
           05  R-D                     PIC S9(3)V99.
           05  R-P                     PIC S9(3)V99 COMP-3.
       PROCEDURE DIVISION.
           MOVE 123.45 TO A
           MOVE -23.40 TO B
           COMPUTE C = A + B
           DISPLAY "A+B " C
           COMPUTE C = A - B * 2
           DISPLAY "A-B*2 " C
           COMPUTE C = A * 10 + B
           DISPLAY "A*10+B " C
           COMPUTE C = B - A * 8
           DISPLAY "B-A*8 " C
           COMPUTE C = - A
           DISPLAY "-A " C
           COMPUTE C = B + 23.40
           DISPLAY "B+23.40 " C
           COMPUTE N = A - 123.45
           DISPLAY "N " N
           COMPUTE N = -0.001
           DISPLAY "N -0.001 " N
           COMPUTE C = N + 0
           DISPLAY "N+0 " C
           COMPUTE C = N * 1
           DISPLAY "N*1 " C
           COMPUTE C = - N
           DISPLAY "-N " C
           COMPUTE C = N
           DISPLAY "=N " C
           MOVE N TO D
           DISPLAY "MOVE N " D
           COMPUTE C ROUNDED = A * 0.015
           DISPLAY "ROUNDED " C
           COMPUTE C ROUNDED = B * 0.015
           DISPLAY "ROUNDED- " C
           COMPUTE U = B * 3
           DISPLAY "U " U
           COMPUTE C = A * A
           DISPLAY "A*A " C
           COMPUTE P = A * A
           COMPUTE D = A * A
           DISPLAY "P D " P " " D
           COMPUTE R-D = B - A
           COMPUTE R-P = B - A
           DISPLAY "REC " WS-REC
           MOVE B TO R-P
           MOVE A TO R-D
           DISPLAY "MOVED " WS-REC
           COMPUTE B = - A * 7
           MOVE B TO R-P
           DISPLAY "MOVED " WS-REC " " R-P
           MOVE N TO R-P
           DISPLAY "MOVED " WS-REC " " R-P
           COMPUTE W = B * 100 - 0.02
           MOVE W TO R-P
           DISPLAY "CUT " W " " R-P
           COMPUTE W = A * 10 - 2234.50
           MOVE W TO R-P
           DISPLAY "CUT " W " " R-P " " WS-REC
           COMPUTE W = W - 1000
           MOVE W TO R-P
           DISPLAY "CUT " W " " R-P " " WS-REC
           STOP RUN.
