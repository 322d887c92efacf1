       IDENTIFICATION DIVISION.
       PROGRAM-ID. COUNTED.
      * PERFORM VARYING I FROM A BY 1 UNTIL I > B OVER STATEMENTS
      * THAT LEAVE I ALONE (THE ENGINE RUNS IT AS A COUNTED LOOP),
      * AND THE SAME SHAPES WHOSE BODY CHANGES I (IT MUST NOT).
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 I PIC 99.
       01 J PIC 9.
       01 K PIC 999 COMP-3.
       01 N PIC 9(4) VALUE 0.
       01 T.
          05 E PIC 9 OCCURS 9 TIMES.
       PROCEDURE DIVISION.
           MOVE "123456789" TO T
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 9
               ADD E (I) TO N
           END-PERFORM
           DISPLAY I " " N
           PERFORM VARYING I FROM 12 BY 1 UNTIL I > 3
               ADD 1 TO N
           END-PERFORM
           DISPLAY I " " N
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 9
               PERFORM VARYING J FROM 1 BY 1 UNTIL J > 2
                   ADD 1 TO N
               END-PERFORM
           END-PERFORM
           DISPLAY I " " J " " N
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 20
               ADD 1 TO I
               ADD 1 TO N
           END-PERFORM
           DISPLAY I " " N
           PERFORM VARYING K FROM 0 BY 1 UNTIL K > 998
               ADD 1 TO N
           END-PERFORM
           DISPLAY K " " N
           PERFORM VARYING J FROM 1 BY 1 UNTIL J > 8
               IF E (J) = 5 MOVE 7 TO J END-IF
           END-PERFORM
           DISPLAY J
           STOP RUN.
