       IDENTIFICATION DIVISION.
       PROGRAM-ID. CORRST.
      * MOVE / ADD / SUBTRACT CORRESPONDING: which items pair up.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 SRC.
          05 A        PIC 9(3) VALUE 123.
          05 B        PIC X(4) VALUE "BBBB".
          05 INNER.
             10 C     PIC 99 VALUE 45.
             10 D     PIC X(2) VALUE "DD".
          05 E        PIC 99 VALUE 11.
          05 E2 REDEFINES E PIC XX.
          05 T        PIC 9 OCCURS 2 VALUE 7.
          05 FILLER   PIC X VALUE "F".
          05 G        PIC 9(3)V9 VALUE 12.6.
          05 H        PIC 99 VALUE 90.
       01 DST.
          05 H        PIC 99 VALUE 20.
          05 G        PIC 9(3) VALUE 100.
          05 FILLER   PIC X VALUE "-".
          05 T        PIC 9 OCCURS 2 VALUE 1.
          05 E2       PIC XX VALUE "..".
          05 INNER.
             10 D     PIC X(3) VALUE "...".
             10 C     PIC 9(3) VALUE 1.
          05 B        PIC 9(4) VALUE 5.
          05 A        PIC Z(4) VALUE 0.
          05 Z        PIC X VALUE "z".
       01 NUMS.
          05 A        PIC 9(3) VALUE 900.
          05 INNER.
             10 C     PIC 99 VALUE 50.
          05 G        PIC 99 VALUE 1.
          05 H        PIC 99 VALUE 2.
       PROCEDURE DIVISION.
           MOVE CORRESPONDING SRC TO DST
           DISPLAY "MOVE CORR: [" DST "]"
           ADD CORR SRC TO NUMS ROUNDED
               ON SIZE ERROR DISPLAY "SIZE ERROR ONCE"
               NOT ON SIZE ERROR DISPLAY "NO SIZE ERROR"
           END-ADD
           DISPLAY "ADD CORR: [" NUMS "]"
           SUBTRACT CORRESPONDING SRC FROM NUMS
               ON SIZE ERROR DISPLAY "SUB SIZE ERROR"
               NOT ON SIZE ERROR DISPLAY "SUB NO SIZE ERROR"
           END-SUBTRACT
           DISPLAY "SUB CORR: [" NUMS "]"
           SUBTRACT CORR SRC FROM NUMS
           DISPLAY "SUB CORR: [" NUMS "]"
           ADD CORRESPONDING INNER OF SRC TO INNER OF NUMS
           DISPLAY "ADD INNER: [" NUMS "]"
           STOP RUN.
