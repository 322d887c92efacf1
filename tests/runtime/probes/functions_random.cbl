      * FUNCTION RANDOM: glibc's rand after srand (seed), divided by
      * RAND_MAX, in a COMP-2 field; unseeded it is glibc's seed 1.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. fnRandom.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 X PIC 9V9(9).
       01 Y PIC X(30).
       01 Z COMP-2.
       01 S PIC S9(4) VALUE -3.
       01 I PIC 99.
       PROCEDURE DIVISION.
           DISPLAY FUNCTION RANDOM.
           DISPLAY FUNCTION RANDOM.
           DISPLAY FUNCTION RANDOM (7).
           DISPLAY FUNCTION RANDOM.
           MOVE FUNCTION RANDOM (7) TO X. DISPLAY X.
           MOVE FUNCTION RANDOM (7) TO Y. DISPLAY Y.
           MOVE FUNCTION RANDOM (7) TO Z. DISPLAY Z.
           COMPUTE X = FUNCTION RANDOM (7) * 10. DISPLAY X.
           COMPUTE I = FUNCTION RANDOM (12345) * 100. DISPLAY I.
           DISPLAY FUNCTION LENGTH (FUNCTION RANDOM).
           DISPLAY FUNCTION RANDOM (S).
           DISPLAY FUNCTION RANDOM (0).
           DISPLAY FUNCTION RANDOM (1).
           DISPLAY FUNCTION RANDOM (2.7).
           DISPLAY FUNCTION RANDOM (2147483647).
           PERFORM 5 TIMES
               COMPUTE I = FUNCTION RANDOM * 100
               DISPLAY I
           END-PERFORM.
           IF FUNCTION RANDOM (7) > 0.48 AND < 0.49
               DISPLAY "in range"
           END-IF.
           STOP RUN.
