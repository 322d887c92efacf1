      * cobc -fmove-ibm: an alphanumeric MOVE whose sender is at least
      * as long as the receiver copies byte by byte from the left, also
      * when both overlap (libcob cob_move_ibm); other MOVEs unchanged.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. MOVEIBM.
       DATA  DIVISION.
       WORKING-STORAGE SECTION.
       01  FILLER.
         05  T1      PIC X(10).
         05  T2      PIC X(10).
       01  N         PIC 9(3) VALUE 7.
       PROCEDURE DIVISION.
           MOVE "0123456789" TO T1
           MOVE T1 (2:9) TO T1 (1:9)
           DISPLAY T1
           MOVE "0123456789" TO T1
           MOVE T1 (1:8) TO T1 (2:8)
           DISPLAY T1
           MOVE "ABCDEFGHIJ" TO T1
           MOVE T1 (1:3) TO T1 (3:8)
           DISPLAY T1
           MOVE "ABCDEFGHIJ" TO T1
           MOVE T1 (1:7) TO T1 (4:5)
           DISPLAY T1
           MOVE "*" TO T2 (1:1)
           MOVE T2 (1:9) TO T2 (2:9)
           DISPLAY T2
           MOVE N TO T1 (2:3)
           DISPLAY T1
           STOP RUN.
