      * VALUE ALL figurative constant: the same as the figurative alone.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. VALALL.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 A PIC X(4) VALUE ALL SPACES.
       01 B PIC 9(4) VALUE ALL ZEROS.
       01 C PIC X(3) VALUE ALL QUOTES.
       01 D PIC X(2) VALUE ALL HIGH-VALUES.
       01 E PIC X(3) VALUE ALL "AB".
       01 G.
          05 G1 PIC X(2) VALUE ALL ZERO.
          05 G2 PIC X(2) VALUE ALL LOW-VALUE.
       PROCEDURE DIVISION.
           DISPLAY "[" A "][" B "][" C "][" E "][" G1 "]".
           IF D = HIGH-VALUES DISPLAY "D HIGH" END-IF.
           IF G2 = LOW-VALUES DISPLAY "G2 LOW" END-IF.
           STOP RUN.
