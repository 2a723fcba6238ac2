resource "aws_backup_vault" "main" { # expect: AWS121
  name = "main"
}
