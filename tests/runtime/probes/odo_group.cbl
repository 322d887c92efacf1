      * A group ending with an OCCURS DEPENDING ON table is as long as
      * its DEPENDING ON item says when it is moved, displayed, compared
      * or used by STRING and INSPECT; OCCURS 0 TO n gives a group of
      * the bytes before the table alone.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. ODOGROUP.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 N             PIC 9 VALUE 3.
       01 T.
         02 T-H         PIC X VALUE "<".
         02 T-E         PIC X OCCURS 0 TO 6 DEPENDING ON N.
       01 X10           PIC X(10).
       01 CNT           PIC 99.
       01 S             PIC X(12).
       PROCEDURE DIVISION.
           MOVE "<ABCDEFGHI" TO T
           DISPLAY "[" T "] " LENGTH OF T
           MOVE 6 TO N
           DISPLAY "[" T "]"
           MOVE 2 TO N
           MOVE T TO X10 DISPLAY "[" X10 "]"
           IF T = "<AB" DISPLAY "equal <AB" END-IF
           IF T = "<ABC" DISPLAY "equal <ABC" ELSE DISPLAY "not <ABC"
           END-IF
           MOVE SPACES TO S
           STRING T DELIMITED BY SIZE "|" DELIMITED BY SIZE INTO S
           DISPLAY "[" S "]"
           MOVE 0 TO CNT INSPECT T TALLYING CNT FOR ALL "C"
           DISPLAY CNT
           MOVE 0 TO N
           DISPLAY "[" T "] " LENGTH OF T
           MOVE "xyz" TO T
           MOVE 6 TO N DISPLAY "[" T "]"
           MOVE ALL "*" TO T DISPLAY "[" T "]"
           STOP RUN.
