      * An alphanumeric FUNCTION as a CALL argument (BY CONTENT and
      * BY REFERENCE): the callee sees the function's text.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. callFn.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 W PIC X(5) VALUE "hello".
       PROCEDURE DIVISION.
           CALL "shower" USING BY CONTENT
               FUNCTION CONCATENATE ("Abc" "D").
           CALL "shower" USING FUNCTION UPPER-CASE (W).
           CALL "shower" USING BY CONTENT
               FUNCTION FORMATTED-DATE ("YYYY-MM-DD" 150000) W.
           DISPLAY W.
           STOP RUN.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. shower.
       DATA DIVISION.
       LINKAGE SECTION.
       01 T PIC X ANY LENGTH.
       PROCEDURE DIVISION USING T.
           DISPLAY "[" T "] " FUNCTION LENGTH (T).
           GOBACK.
       END PROGRAM shower.
       END PROGRAM callFn.
