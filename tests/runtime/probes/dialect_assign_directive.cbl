      * $SET ASSIGN "EXTERNAL": an ASSIGN word of the SELECTs after it
      * names the file; before it (assign-clause: dynamic) the word is a
      * data item holding the name (implicitly declared by cobc).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. ASSIGNDIR.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT F ASSIGN WHATEVER
               ORGANIZATION LINE SEQUENTIAL.
      $SET ASSIGN "EXTERNAL"
           SELECT G ASSIGN WHATEVER
               ORGANIZATION LINE SEQUENTIAL.
      $SET ASSIGN "DYNAMIC"
           SELECT H ASSIGN WHATEVER
               ORGANIZATION LINE SEQUENTIAL.
       DATA DIVISION.
       FILE SECTION.
       FD  F.
       01  F-REC PIC XXX.
       FD  G.
       01  G-REC PIC XXX.
       FD  H.
       01  H-REC PIC XXX.
       PROCEDURE DIVISION.
           MOVE "out.txt" TO WHATEVER
           OPEN OUTPUT F
           WRITE F-REC FROM "hi"
           CLOSE F
           OPEN OUTPUT G
           WRITE G-REC FROM "ho"
           CLOSE G
           MOVE "WHATEVER" TO WHATEVER
           OPEN INPUT H
           READ H
           DISPLAY "WHATEVER holds " H-REC
           CLOSE H
           MOVE "out.txt" TO WHATEVER
           OPEN INPUT H
           READ H
           DISPLAY "out.txt holds " H-REC
           CLOSE H
           STOP RUN.
