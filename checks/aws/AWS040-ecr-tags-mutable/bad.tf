resource "aws_ecr_repository" "default" { # expect: AWS040
  name = "default"
}

resource "aws_ecr_repository" "mutable" {
  name                 = "mutable"
  image_tag_mutability = "MUTABLE" # expect: AWS040
}
