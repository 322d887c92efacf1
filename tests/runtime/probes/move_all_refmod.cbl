      * MOVE ALL literal and figurative constants to a reference
      * modification of run-time length: the pattern repeated over it.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. REFALL.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 X             PIC X(8) VALUE "abcdefgh".
       01 N             PIC 9 VALUE 5.
       PROCEDURE DIVISION.
           MOVE ALL "*-" TO X (2:N) DISPLAY "[" X "]"
           MOVE ZERO TO X (1:N) DISPLAY "[" X "]"
           MOVE HIGH-VALUES TO X (4:N) DISPLAY FUNCTION ORD (X (8:1))
           MOVE QUOTE TO X (1:N) DISPLAY "[" X (1:7) "]"
           STOP RUN.
