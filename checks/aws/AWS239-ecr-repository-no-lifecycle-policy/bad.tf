resource "aws_ecr_repository" "app" { # expect: AWS239
  name                 = "app"
  image_tag_mutability = "IMMUTABLE"
}
