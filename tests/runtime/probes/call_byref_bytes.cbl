      * A called program writes bytes that are not digits into a PIC 9
      * item it gets BY REFERENCE through a PIC X view: cobc DISPLAYs
      * those bytes as they are (the legacy engine showed digits made
      * from them while the caller's item was held as a number).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. BYREF.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 N PIC 9(4) VALUE 1234.
       01 M PIC 9(4) VALUE 1234.
       01 R PIC 9(4) VALUE 0.
       PROCEDURE DIVISION.
           CALL "SUB" USING N BY CONTENT M RETURNING R
           DISPLAY "[" N "]"
           DISPLAY "[" M "]"
           DISPLAY "[" R "]"
           ADD 1 TO M
           DISPLAY "[" M "]"
           STOP RUN.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SUB.
       DATA DIVISION.
       LINKAGE SECTION.
       01 X PIC X(4).
       01 Y PIC X(4).
       PROCEDURE DIVISION USING X Y.
           MOVE "*#  " TO X
           MOVE "AB C" TO Y
           MOVE 7 TO RETURN-CODE
           GOBACK.
       END PROGRAM SUB.
       END PROGRAM BYREF.
