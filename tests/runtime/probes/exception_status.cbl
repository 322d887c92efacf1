      * FUNCTION EXCEPTION-STATUS / -LOCATION / -STATEMENT / -FILE and
      * SET LAST EXCEPTION TO OFF (runtime/exceptions.py): a size
      * overflow is recorded with or without ON SIZE ERROR (the
      * truncated value is stored without it), a zero divisor records
      * EC-SIZE-ZERO-DIVIDE and leaves the receiver, a MOVE records
      * nothing; without -debug the location is one space.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. EXCSTAT.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  X PIC 9 VALUE 3.
       01  Y PIC 9 VALUE 0.
       01  Z PIC 99 VALUE 5.
       01  R PIC 9 VALUE 4.
       01  P PIC S9(3) COMP-3 VALUE 900.
       01  B PIC 9(4) COMP VALUE 9000.
       01  N PIC 9(2) COMP-5 VALUE 200.
       01  Q PIC S9(3) COMP-3 VALUE 990.
       PROCEDURE DIVISION.
       MAIN-PARA.
           DISPLAY "[" FUNCTION EXCEPTION-STATUS "]"
           DISPLAY "[" FUNCTION EXCEPTION-FILE "]"
           COMPUTE X = 10
           DISPLAY "X=" X " [" FUNCTION EXCEPTION-STATUS "]"
           DISPLAY "[" FUNCTION EXCEPTION-LOCATION "]"
           DISPLAY "[" FUNCTION EXCEPTION-STATEMENT "]"
           DISPLAY "[" FUNCTION EXCEPTION-FILE "]"
           SET LAST EXCEPTION TO OFF
           DISPLAY "[" FUNCTION EXCEPTION-STATUS "]"
           MOVE 7 TO X
           ADD 5 TO X
           DISPLAY "X=" X " [" FUNCTION EXCEPTION-STATUS "]"
           SET LAST EXCEPTION TO OFF
           SUBTRACT 9 FROM X
           DISPLAY "X=" X " [" FUNCTION EXCEPTION-STATUS "]"
           DIVIDE Z BY Y GIVING X
           DISPLAY "X=" X " [" FUNCTION EXCEPTION-STATUS "]"
           COMPUTE Z = 12
           DISPLAY "Z=" Z " [" FUNCTION EXCEPTION-STATUS "]"
           MOVE 25 TO Z
           MOVE Z TO X
           DISPLAY "X=" X " [" FUNCTION EXCEPTION-STATUS "]"
           SET LAST EXCEPTION TO OFF
           MULTIPLY 10 BY Z
               ON SIZE ERROR DISPLAY "SIZE ERROR Z=" Z
           END-MULTIPLY
           DISPLAY "Z=" Z " [" FUNCTION EXCEPTION-STATUS "]"
           SET LAST EXCEPTION TO OFF
           DIVIDE Z BY Y GIVING X REMAINDER R
               ON SIZE ERROR DISPLAY "SIZE ERROR X=" X " R=" R
           END-DIVIDE
           DISPLAY "X=" X " [" FUNCTION EXCEPTION-STATUS "]"
           DIVIDE 0 INTO Z
           DISPLAY "Z=" Z " [" FUNCTION EXCEPTION-STATUS "]"
           SET LAST EXCEPTION TO OFF
           ADD 200 TO P
           DISPLAY "P=" P " [" FUNCTION EXCEPTION-STATUS "]"
           SET LAST EXCEPTION TO OFF
           COMPUTE B = B * 2
           DISPLAY "B=" B " [" FUNCTION EXCEPTION-STATUS "]"
           SET LAST EXCEPTION TO OFF
           ADD 100 TO N
           DISPLAY "N=" N " [" FUNCTION EXCEPTION-STATUS "]"
           SET LAST EXCEPTION TO OFF
           COMPUTE X = 2 + 3
           DISPLAY "X=" X " [" FUNCTION EXCEPTION-STATUS "]"
           DISPLAY "[" FUNCTION TRIM(FUNCTION EXCEPTION-STATUS) "]"
           COMPUTE P = P + 950
           DISPLAY "P=" P " [" FUNCTION EXCEPTION-STATUS "]"
           SET LAST EXCEPTION TO OFF
           ADD Q TO P
           DISPLAY "P=" P " [" FUNCTION EXCEPTION-STATUS "]"
           COMPUTE N = N + 250
           DISPLAY "N=" N " [" FUNCTION EXCEPTION-STATUS "]"
           MOVE 0 TO Y
           COMPUTE X = Y ** 0
           DISPLAY "X=" X " [" FUNCTION EXCEPTION-STATUS "]"
           STOP RUN.
