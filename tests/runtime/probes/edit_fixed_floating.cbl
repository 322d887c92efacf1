       IDENTIFICATION DIVISION.
       PROGRAM-ID. EDIT-FIXED-FLOAT.
      * A fixed $ or sign with a floating string of the other symbol
      * (cobc 3.1.2: the fixed one stays as written).
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  E1 PIC $BB--,---.--.
       01  E2 PIC +BB$$,$$9.99.
       01  E3 PIC -BB$$$9.
       01  E4 PIC $BB++,++9.
       01  E5 PIC $BB**,***.**.
       01  E6 PIC -*B*99.
       01  E7 PIC $--9.
       01  V  PIC S9(5)V99.
       01  I  PIC 9.
       01  VALS.
           05 FILLER PIC S9(5)V99 VALUE 1234.56.
           05 FILLER PIC S9(5)V99 VALUE -1234.56.
           05 FILLER PIC S9(5)V99 VALUE 0.
           05 FILLER PIC S9(5)V99 VALUE -7.
           05 FILLER PIC S9(5)V99 VALUE 12.
       01  VT REDEFINES VALS.
           05 VX PIC S9(5)V99 OCCURS 5.
       PROCEDURE DIVISION.
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 5
               MOVE VX (I) TO V
               MOVE V TO E1 E2 E3 E4 E5 E6 E7
               DISPLAY ">" E1 "<>" E2 "<>" E3 "<>" E4 "<>" E5 "<>" E6
                   "<>" E7 "<"
           END-PERFORM
           STOP RUN.
