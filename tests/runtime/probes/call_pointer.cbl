      * SET p TO ENTRY and CALL p: an ENTRY of the running main program
      * runs on the main program's own storage (it sees what the main
      * program moved), its GOBACK returns to the CALL, and its
      * RETURN-CODE comes back; a separate program of the same file
      * reached the same way; IF p = NULL before and after the SET.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. PTRMAIN.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 LINK-A       USAGE PROGRAM-POINTER.
       01 LINK-B       USAGE PROGRAM-POINTER.
       01 SHARED-TEXT  PIC X(8) VALUE "initial".
       01 CALLS        PIC 9 VALUE 0.
       PROCEDURE DIVISION.
           IF LINK-A = NULL
               DISPLAY "null before"
           END-IF
           SET LINK-A TO ENTRY "inside"
           SET LINK-B TO ENTRY "OTHERPROG"
           IF LINK-A NOT = NULL
               DISPLAY "set"
           END-IF
           MOVE "changed" TO SHARED-TEXT
           CALL LINK-A
           DISPLAY "back " RETURN-CODE " " CALLS
           CALL LINK-A
           DISPLAY "back " RETURN-CODE " " CALLS
           CALL LINK-B
           DISPLAY "other " RETURN-CODE
           MOVE 0 TO RETURN-CODE
           GOBACK.
       ENTRY "inside".
           ADD 1 TO CALLS
           DISPLAY "inside sees " SHARED-TEXT " " CALLS
           MOVE 7 TO RETURN-CODE
           GOBACK.
       END PROGRAM PTRMAIN.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. OTHERPROG.
       PROCEDURE DIVISION.
           DISPLAY "other program"
           MOVE 3 TO RETURN-CODE
           GOBACK.
       END PROGRAM OTHERPROG.
