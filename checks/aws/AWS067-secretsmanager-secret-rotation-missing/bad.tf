resource "aws_secretsmanager_secret" "db" { # expect: AWS067
  name = "db-password"
}
