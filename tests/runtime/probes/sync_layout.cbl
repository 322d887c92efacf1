      * SYNCHRONIZED binary items are aligned to their size inside
      * their record (cobc 3.1.2 field.c compute_size, records/
      * layout.py): slack bytes before them, an OCCURS group padded
      * to its largest alignment; DISPLAY items and groups ignore it.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SYNCLAY.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 REC.
          05 R-A PIC X.
          05 R-B PIC 9(4) COMP SYNC.
          05 R-C PIC X(3).
          05 R-D PIC S9(9) COMP-5 SYNCHRONIZED.
          05 R-E PIC X.
          05 R-F PIC 9(18) BINARY SYNC LEFT.
          05 R-G PIC X SYNC.
          05 R-H PIC 9(3) COMP SYNC.
       01 TBL.
          05 T-ENTRY OCCURS 3 TIMES.
             10 T-X PIC X.
             10 T-Y PIC 9(9) COMP SYNC.
             10 T-Z PIC X.
       01 PLAIN.
          05 P-A PIC X.
          05 P-B PIC 9(4) COMP.
       PROCEDURE DIVISION.
           DISPLAY "REC " LENGTH OF REC.
           DISPLAY "TBL " LENGTH OF TBL " " LENGTH OF T-ENTRY(1).
           DISPLAY "PLAIN " LENGTH OF PLAIN.
           MOVE ALL "." TO REC.
           MOVE "A" TO R-A.
           MOVE "CCC" TO R-C.
           MOVE "E" TO R-E.
           MOVE "G" TO R-G.
           MOVE 12345 TO R-D.
           DISPLAY "R-D " R-D.
           DISPLAY REC(1:1) REC(5:3) REC(12:1) REC(25:1).
           MOVE ALL "-" TO TBL.
           MOVE "x" TO T-X(2).
           MOVE "z" TO T-Z(2).
           MOVE 7 TO T-Y(2).
           DISPLAY TBL(13:1) TBL(24:1) " " T-Y(2).
           STOP RUN.
