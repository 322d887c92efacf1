      * FUNCTION CONTENT-LENGTH and CONTENT-OF of a POINTER: up to
      * the first X'00' or a given length; NULL gives 0 / an empty
      * field and EC-DATA-PTR-NULL; a good call clears the exception.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. fnContent.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 P USAGE POINTER.
       01 X PIC X(8) VALUE Z"ABCDE".
       01 Y PIC X(6) VALUE "QQQQQQ".
       01 N PIC 9 VALUE 3.
       01 B PIC X(10) BASED.
       PROCEDURE DIVISION.
           DISPLAY FUNCTION CONTENT-LENGTH (P).
           DISPLAY FUNCTION EXCEPTION-STATUS.
           DISPLAY "[" FUNCTION CONTENT-OF (P) "]".
           SET P TO ADDRESS OF X.
           DISPLAY FUNCTION CONTENT-LENGTH (P).
           DISPLAY "[" FUNCTION EXCEPTION-STATUS "]".
           DISPLAY "[" FUNCTION CONTENT-OF (P) "]".
           DISPLAY "[" FUNCTION CONTENT-OF (P, 2) "]".
           DISPLAY "[" FUNCTION CONTENT-OF (P, N) (2:) "]".
           DISPLAY FUNCTION LENGTH (FUNCTION CONTENT-OF (P)).
           MOVE FUNCTION CONTENT-OF (P) TO Y.
           DISPLAY "[" Y "]".
           SET P UP BY 2.
           DISPLAY "[" FUNCTION CONTENT-OF (P) "]".
           ALLOCATE B INITIALIZED.
           MOVE Z"hello" TO B.
           SET P TO ADDRESS OF B.
           DISPLAY FUNCTION CONTENT-LENGTH (P) " "
               FUNCTION CONTENT-OF (P).
           MOVE X"00" TO X.
           SET P TO ADDRESS OF X.
           DISPLAY FUNCTION CONTENT-LENGTH (P).
           DISPLAY FUNCTION EXCEPTION-STATUS.
           STOP RUN.
