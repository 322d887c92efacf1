      * A numeric item compared with an integer item that fits 64
      * bits: cobc reads the right side with cob_get_llint (a space in
      * a PIC 9 is -16, a letter its code less '0'), whatever the left
      * side is: binary, with decimals, SIGN SEPARATE, COMP-5.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. CMPLLINT.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 N PIC 9.
       01 NX REDEFINES N PIC X.
       01 N2 PIC 99.
       01 N2X REDEFINES N2 PIC XX.
       01 K PIC 9(3) COMP.
       01 K5 PIC S9(4) COMP-5.
       01 DV PIC 9V9.
       01 SS PIC S99 SIGN LEADING SEPARATE.
       01 PK PIC S9(3)V9 COMP-3.
       PROCEDURE DIVISION.
           MOVE " " TO NX
           PERFORM VARYING K FROM 1 BY 1 UNTIL K > N
               DISPLAY "TURN " K
           END-PERFORM
           DISPLAY "AFTER " K
           MOVE "C" TO NX
           MOVE 1 TO K
           IF K > N
               DISPLAY "K > C"
           ELSE
               DISPLAY "K <= C"
           END-IF
           MOVE 20 TO K
           IF K > N
               DISPLAY "20 > C"
           ELSE
               DISPLAY "20 <= C"
           END-IF
           MOVE -17 TO K5
           IF K5 < N
               DISPLAY "-17 < C"
           ELSE
               DISPLAY "-17 >= C"
           END-IF
           MOVE " " TO NX
           IF K5 < N
               DISPLAY "-17 < SP"
           ELSE
               DISPLAY "-17 >= SP"
           END-IF
           MOVE 0.5 TO DV
           IF DV > N
               DISPLAY "0.5 > SP"
           ELSE
               DISPLAY "0.5 <= SP"
           END-IF
           MOVE -3 TO SS
           IF SS > N
               DISPLAY "-3 > SP"
           ELSE
               DISPLAY "-3 <= SP"
           END-IF
           MOVE " 1" TO N2X
           IF SS < N2
               DISPLAY "-3 < ' 1'"
           ELSE
               DISPLAY "-3 >= ' 1'"
           END-IF
           MOVE 2.5 TO PK
           IF PK > N2
               DISPLAY "2.5 > ' 1'"
           ELSE
               DISPLAY "2.5 <= ' 1'"
           END-IF
           MOVE "1A" TO N2X
           MOVE 27 TO K
           IF K = N2
               DISPLAY "27 = '1A'"
           ELSE
               DISPLAY "27 <> '1A'"
           END-IF
           STOP RUN.
