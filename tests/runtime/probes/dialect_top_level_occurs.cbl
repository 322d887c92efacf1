      * OCCURS on a level 01 / 77 item (default.conf
      * top-level-occurs-clause: ok): the item repeated in its storage.
      * REDEFINES both ways: of such an item (cobc warns "the original
      * definition should not have OCCURS clause") and by one.
       IDENTIFICATION   DIVISION.
       PROGRAM-ID.      TOPOCC.
       DATA             DIVISION.
       WORKING-STORAGE  SECTION.
       01  WK-DELIM     PIC X OCCURS 2.
       77  WK-77        PIC X OCCURS 3 VALUE "Q".
       01  WK-GRP OCCURS 2.
           05 WK-A PIC 9 VALUE 7.
           05 WK-B PIC X VALUE "b".
       01  WK-IX        PIC 9.
       01  WK-PK        PIC S9(3) COMP-3 OCCURS 2.
       01  WK-PK-X      REDEFINES WK-PK PIC X(4).
       01  WK-ABCD      PIC X(4) VALUE "WXYZ".
       01  WK-CHARS     REDEFINES WK-ABCD PIC X OCCURS 4.
       PROCEDURE        DIVISION.
           MOVE "A" TO WK-DELIM(1) MOVE "B" TO WK-DELIM(2)
           DISPLAY WK-DELIM(1) WK-DELIM(2) WK-77(3) WK-GRP(2) WK-A(1)
           DISPLAY FUNCTION LENGTH(WK-GRP(1)) " " LENGTH OF WK-DELIM(1)
           MOVE 3 TO WK-A(2)
           PERFORM VARYING WK-IX FROM 1 BY 1 UNTIL WK-IX > 2
               DISPLAY WK-IX ": " WK-GRP(WK-IX)
           END-PERFORM
           MOVE X"123C456D" TO WK-PK-X
           DISPLAY WK-PK(1) " " WK-PK(2)
           DISPLAY WK-CHARS(2) WK-CHARS(4) " " LENGTH OF WK-CHARS
           MOVE "1234" TO WK-ABCD
           DISPLAY WK-CHARS(1) WK-CHARS(3)
           STOP RUN.
