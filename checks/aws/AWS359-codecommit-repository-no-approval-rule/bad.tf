resource "aws_codecommit_repository" "app" { # expect: AWS359
  repository_name = "app"
  description     = "Application source"
}
