       IDENTIFICATION DIVISION.
       PROGRAM-ID. SPEEDCLS.
      * NUMERIC CLASS TESTS JOINED BY OR (NOT NUMERIC) AND BY AND
      * (NUMERIC) ON ITEMS OF ONE RECORD, WHICH THE LEGACY ENGINE
      * TESTS WITH ONE PATTERN: EVERY KIND OF ITEM WITH VALID AND
      * INVALID BYTES (SPACES, EBCDIC SIGNS, BAD PACKED NIBBLES AND
      * SIGNS), A TABLE ELEMENT IN RANGE AND OUT OF RANGE (COBC
      * WITHOUT -DEBUG READS THE NEIGHBOURING BYTES), A GROUP WITH
      * ITS OWN ITEM IN ONE CHAIN, OTHER CONDITIONS IN BETWEEN.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  W-REC.
           05  W-U                 PIC 9(3).
           05  W-X                 PIC X(2).
           05  W-S                 PIC S9(4).
           05  W-P                 PIC S9(3) COMP-3.
           05  W-PU                PIC 9(3) COMP-3.
           05  W-A                 PIC X(3).
       01  W-BYTES REDEFINES W-REC PIC X(17).
       01  W-TAB.
           05  W-HEAD              PIC X(8).
           05  W-ENT OCCURS 3.
               10  W-E1            PIC 9(2).
               10  W-E2            PIC S9(3) COMP-3.
               10  W-E3            PIC 9(1).
           05  W-TAIL              PIC X(6).
       01  W-TAB-X REDEFINES W-TAB PIC X(29).
       01  I                       PIC S9(2) COMP-5.
       01  K                       PIC 9 VALUE 1.
       01  W-CASE                  PIC 99 VALUE 0.
       PROCEDURE DIVISION.
           MOVE 123 TO W-U
           MOVE "45" TO W-X
           MOVE -1234 TO W-S
           MOVE -12 TO W-P
           MOVE 7 TO W-PU
           MOVE "ABC" TO W-A
           PERFORM SHOW
           MOVE "1 3" TO W-BYTES (1:3)
           PERFORM SHOW
           MOVE "123" TO W-BYTES (1:3)
           MOVE "4A" TO W-X
           PERFORM SHOW
           MOVE "45" TO W-X
           MOVE "123}" TO W-BYTES (6:4)
           PERFORM SHOW
           MOVE "123y" TO W-BYTES (6:4)
           PERFORM SHOW
           MOVE "123z" TO W-BYTES (6:4)
           PERFORM SHOW
           MOVE -1234 TO W-S
           MOVE X"012F" TO W-BYTES (10:2)
           PERFORM SHOW
           MOVE X"0A2D" TO W-BYTES (10:2)
           PERFORM SHOW
           MOVE X"012C" TO W-BYTES (10:2)
           PERFORM SHOW
           MOVE X"007C" TO W-BYTES (12:2)
           PERFORM SHOW
           MOVE X"007F" TO W-BYTES (12:2)
           PERFORM SHOW
           MOVE "HEAD TBL" TO W-HEAD
           MOVE "TAIL12" TO W-TAIL
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 3
               MOVE I TO W-E1 (I)
               MOVE I TO W-E2 (I)
               MOVE I TO W-E3 (I)
           END-PERFORM
           MOVE "X" TO W-TAB-X (19:1)
           MOVE X"1F" TO W-TAB-X (21:1)
           PERFORM VARYING I FROM 0 BY 1 UNTIL I > 4
               PERFORM SHOW-ENTRY
           END-PERFORM
           MOVE "12" TO W-HEAD (4:2)
           MOVE X"001C" TO W-HEAD (6:2)
           MOVE "3" TO W-HEAD (8:1)
           MOVE "12" TO W-TAIL (1:2)
           MOVE X"001C" TO W-TAIL (3:2)
           MOVE "3" TO W-TAIL (5:1)
           PERFORM VARYING I FROM 0 BY 1 UNTIL I > 4
               PERFORM SHOW-ENTRY
           END-PERFORM
           STOP RUN.
       SHOW.
           ADD 1 TO W-CASE
           IF W-U IS NOT NUMERIC OR W-X IS NOT NUMERIC
              OR W-S IS NOT NUMERIC OR W-P IS NOT NUMERIC
              OR W-PU IS NOT NUMERIC
               DISPLAY W-CASE " SOME NOT NUMERIC"
           ELSE
               DISPLAY W-CASE " ALL NUMERIC"
           END-IF
           IF W-U IS NUMERIC AND W-S IS NUMERIC AND K = 1
              AND W-PU IS NUMERIC
               DISPLAY W-CASE " U S PU NUMERIC"
           END-IF
           IF W-A IS NOT NUMERIC AND W-U IS NUMERIC
              AND W-X IS NUMERIC
               DISPLAY W-CASE " A NOT, U X NUMERIC"
           END-IF
           IF W-REC IS NOT NUMERIC OR W-U IS NOT NUMERIC
              OR W-X IS NOT NUMERIC
               DISPLAY W-CASE " GROUP OR U OR X NOT NUMERIC"
           END-IF
           IF W-P IS NOT NUMERIC OR W-S IS NOT NUMERIC
               DISPLAY W-CASE " P OR S NOT NUMERIC"
           END-IF.
       SHOW-ENTRY.
           IF W-E1 (I) IS NOT NUMERIC OR W-E2 (I) IS NOT NUMERIC
              OR W-E3 (I) IS NOT NUMERIC
               DISPLAY "ENTRY " I " NOT NUMERIC"
           ELSE
               DISPLAY "ENTRY " I " NUMERIC"
           END-IF
           IF W-E1 (I) IS NUMERIC AND W-E3 (I) IS NUMERIC
               DISPLAY "ENTRY " I " E1 E3 NUMERIC"
           END-IF.
