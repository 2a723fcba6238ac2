resource "aws_ecr_repository" "unscanned" { # expect: AWS039
  name = "unscanned"
}

resource "aws_ecr_repository" "off" {
  name = "off"
  image_scanning_configuration {
    scan_on_push = false # expect: AWS039
  }
}
