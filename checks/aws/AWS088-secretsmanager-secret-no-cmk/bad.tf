resource "aws_secretsmanager_secret" "db" { # expect: AWS088
  name = "db-password"
}
