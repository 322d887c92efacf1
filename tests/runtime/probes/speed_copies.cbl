       IDENTIFICATION DIVISION.
       PROGRAM-ID. SPEEDCPY.
      * A MOVE BETWEEN TWO ITEMS OF ONE TYPE IN TWO RECORDS, BOTH READ
      * SEVERAL TIMES: THE LEGACY ENGINE GIVES THE RECEIVER THE VALUE
      * IT HOLDS FOR THE SENDER INSTEAD OF DECODING THE BYTES AGAIN.
      * VALID DIGITS, A SPACE, A LETTER, AN OVERPUNCHED BYTE IN AN
      * UNSIGNED ITEM, A SENDER CHANGED BY A GROUP MOVE AND THROUGH A
      * REDEFINES BEFORE THE COPY, THE RECEIVER CHANGED AFTER IT.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  C-CARD.
           05  C-CODE                  PIC 999 VALUE 150.
               88  C-LOW               VALUE 0 THRU 199.
               88  C-MID               VALUE 200 THRU 599.
           05  C-CODE-X REDEFINES C-CODE PIC XXX.
           05  C-AMT                   PIC 9(5) VALUE 1234.
       01  W-WORK.
           05  W-CODE                  PIC 999 VALUE 0.
               88  W-LOW               VALUE 0 THRU 199.
               88  W-MID               VALUE 200 THRU 599.
               88  W-ONE               VALUE 150 601.
           05  W-AMT                   PIC 9(5) VALUE 0.
       01  W-N                         PIC 9 VALUE 0.
       01  W-TEXT                      PIC X(8) VALUE SPACES.
       PROCEDURE DIVISION.
       MAIN-LINE.
           PERFORM SHOW-BOTH
           MOVE "601" TO C-CODE-X
           PERFORM SHOW-BOTH
           MOVE " 6A" TO C-CODE-X
           PERFORM SHOW-BOTH
           MOVE "3 5" TO C-CODE-X
           PERFORM SHOW-BOTH
           MOVE "12u" TO C-CODE-X
           PERFORM SHOW-BOTH
           MOVE "450 0A01" TO C-CARD
           PERFORM SHOW-BOTH
           MOVE 1 TO W-N
           PERFORM SHOW-BOTH
           STOP RUN.
       SHOW-BOTH.
           IF C-LOW OR C-MID
               MOVE "SENDER" TO W-TEXT
           ELSE
               MOVE "NEITHER" TO W-TEXT
           END-IF
           MOVE C-CODE TO W-CODE
           MOVE C-AMT TO W-AMT
           IF W-N = 1
               MOVE "599" TO W-WORK (1:3)
           END-IF
           DISPLAY W-TEXT " " C-CODE " " W-CODE " " W-AMT " " C-AMT
           IF W-LOW
               DISPLAY "LOW " W-CODE
           END-IF
           IF W-MID
               DISPLAY "MID " W-CODE
           END-IF
           IF W-ONE
               DISPLAY "ONE " W-CODE
           END-IF
           IF W-AMT < 2000 OR W-AMT > 3000
               DISPLAY "AMT " W-AMT
           END-IF.
