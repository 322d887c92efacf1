      * A file record ending with an OCCURS DEPENDING ON table: WRITE
      * writes it at the length the DEPENDING ON item gives; a record
      * sequential file is then variable (a 4-byte header per record:
      * the length in 2 bytes big-endian, 2 zero bytes) and READ gets
      * each record back at its length.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. ODOFILE.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT LF ASSIGN TO "LFOUT" ORGANIZATION LINE SEQUENTIAL.
           SELECT SF ASSIGN TO "SFOUT" ORGANIZATION SEQUENTIAL
               FILE STATUS IS FS.
       DATA DIVISION.
       FILE SECTION.
       FD LF.
       01 LREC.
          05 LN PIC 9.
          05 LT PIC X(3) OCCURS 1 TO 5 DEPENDING ON LN.
       FD SF.
       01 SREC.
          05 SN PIC 9.
          05 ST PIC X(3) OCCURS 1 TO 5 DEPENDING ON SN.
       WORKING-STORAGE SECTION.
       01 FS PIC XX.
       01 FH PIC X(4) USAGE COMP-X.
       01 OFFSET-8 PIC X(8) USAGE COMP-X VALUE 0.
       01 COUNT-4 PIC X(4) USAGE COMP-X VALUE 60.
       01 FLAGS-1 PIC X USAGE COMP-X VALUE 0.
       01 RAW PIC X(60) VALUE SPACES.
       01 HX PIC X(60).
       01 HI PIC 9(3) COMP.
       01 LO PIC 9(3) COMP.
       01 NB PIC 9(3) COMP.
       01 IX PIC 9(3) COMP.
       01 HEXDIGITS PIC X(16) VALUE "0123456789ABCDEF".
       01 ONE-BYTE PIC X.
       01 BYTE-NUM REDEFINES ONE-BYTE PIC X COMP-X.
       PROCEDURE DIVISION.
           OPEN OUTPUT LF SF
           MOVE 2 TO LN SN
           MOVE "AAA" TO LT (1) ST (1)
           MOVE "BBB" TO LT (2) ST (2)
           WRITE LREC
           WRITE SREC
           MOVE 5 TO LN SN
           MOVE "CCC" TO LT (3) ST (3) LT (4) ST (4)
           MOVE "D D" TO LT (5) ST (5)
           WRITE LREC
           WRITE SREC
           MOVE 1 TO LN SN
           MOVE "E  " TO LT (1) ST (1)
           WRITE LREC
           WRITE SREC
           CLOSE LF SF
           CALL "CBL_OPEN_FILE" USING "SFOUT" 1 0 0 FH
           CALL "CBL_READ_FILE" USING FH OFFSET-8 COUNT-4
               FLAGS-1 RAW
           CALL "CBL_CLOSE_FILE" USING FH
           MOVE RAW TO HX
           PERFORM SHOW-HEX
           OPEN INPUT SF
           PERFORM 4 TIMES
               MOVE ALL "#" TO SREC
               READ SF
               DISPLAY FS " [" SREC "]"
           END-PERFORM
           CLOSE SF
           OPEN INPUT LF
           PERFORM 3 TIMES
               READ LF
               DISPLAY "[" LREC "]"
           END-PERFORM
           CLOSE LF
           STOP RUN.
       SHOW-HEX.
           PERFORM VARYING IX FROM 1 BY 1 UNTIL IX > 42
               MOVE HX (IX:1) TO ONE-BYTE
               MOVE BYTE-NUM TO NB
               DIVIDE NB BY 16 GIVING HI REMAINDER LO
               DISPLAY HEXDIGITS (HI + 1:1) HEXDIGITS (LO + 1:1)
                   WITH NO ADVANCING
           END-PERFORM
           DISPLAY " ".
