resource "aws_codegurureviewer_repository_association" "app" { # expect: AWS475
  repository {
    codecommit {
      name = "app"
    }
  }
}
