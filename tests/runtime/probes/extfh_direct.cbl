      * CALL "EXTFH" from COBOL with an FCD3 the program built itself in
      * ALLOCATEd storage (the layout of GnuCOBOL's xfhfcd3.cpy, the
      * fields used written out here): OPEN, WRITE, CLOSE, READ through
      * the FCD's pointers to the file name and the record area.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. EXTFHDIR.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 OPCODE         PIC X(2).
       01 FCD-PTR        POINTER.
       01 DD-NAME        PIC X(12) VALUE "extfh-probe".
       01 REC            PIC X(20).
       01 I              PIC 9.
       01 ORG            PIC 9.
       LINKAGE SECTION.
       01 FCD.
         05 FCD-STATUS       PIC XX.
         05 FCD-LENGTH       PIC XX COMP-X.
         05 FCD-VERSION      PIC X COMP-X.
         05 FCD-ORGANIZATION PIC X COMP-X.
         05 FCD-ACCESS-MODE  PIC X COMP-X.
         05 FCD-OPEN-MODE    PIC X COMP-X.
         05                  PIC X(46).
         05 FCD-NAME-LENGTH  PIC XX COMP-X.
         05                  PIC X(32).
         05 FCD-CUR-LEN      PIC X(4) COMP-X.
         05 FCD-MIN-LEN      PIC X(4) COMP-X.
         05 FCD-MAX-LEN      PIC X(4) COMP-X.
         05                  PIC X(52).
         05 FCD-HANDLE       POINTER.
         05 FCD-RECORD-ADDR  POINTER.
         05 FCD-NAME-ADDR    POINTER.
         05                  PIC X(40).
       PROCEDURE DIVISION.
           PERFORM VARYING ORG FROM 0 BY 1 UNTIL ORG > 1
               PERFORM ONE-FILE
           END-PERFORM
           STOP RUN.
       ONE-FILE.
           ALLOCATE 216 CHARACTERS RETURNING FCD-PTR
           SET ADDRESS OF FCD TO FCD-PTR
           MOVE LOW-VALUES TO FCD
           MOVE 216 TO FCD-LENGTH
           MOVE 1 TO FCD-VERSION
           MOVE ORG TO FCD-ORGANIZATION
           MOVE 128 TO FCD-OPEN-MODE
           MOVE 11 TO FCD-NAME-LENGTH
           SET FCD-NAME-ADDR TO ADDRESS OF DD-NAME
           SET FCD-RECORD-ADDR TO ADDRESS OF REC
           MOVE 5 TO FCD-MIN-LEN
           MOVE 20 TO FCD-MAX-LEN
           MOVE X"FA01" TO OPCODE PERFORM CALL-IT
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 3
               MOVE SPACES TO REC
               STRING "record " I DELIMITED BY SIZE INTO REC
               MOVE 20 TO FCD-CUR-LEN
               MOVE X"FAF3" TO OPCODE PERFORM CALL-IT
           END-PERFORM
           MOVE X"FA80" TO OPCODE PERFORM CALL-IT
           MOVE X"FA00" TO OPCODE PERFORM CALL-IT
           PERFORM 4 TIMES
               MOVE ALL "." TO REC
               MOVE X"FAF5" TO OPCODE PERFORM CALL-IT
               DISPLAY "  [" REC "]"
           END-PERFORM
           MOVE X"FA80" TO OPCODE PERFORM CALL-IT
           MOVE X"FAF3" TO OPCODE PERFORM CALL-IT
           CALL "CBL_DELETE_FILE" USING DD-NAME.
       CALL-IT.
           CALL "EXTFH" USING OPCODE FCD
           DISPLAY "org " ORG " status " FCD-STATUS " open mode "
               FCD-OPEN-MODE " length " FCD-CUR-LEN.
