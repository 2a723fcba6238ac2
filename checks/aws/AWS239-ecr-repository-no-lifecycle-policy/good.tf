resource "aws_ecr_repository" "app" {
  name                 = "app"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_lifecycle_policy" "app" {
  repository = aws_ecr_repository.app.name
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "expire untagged images"
      selection    = { tagStatus = "untagged", countType = "sinceImagePushed", countUnit = "days", countNumber = 7 }
      action       = { type = "expire" }
    }]
  })
}

variable "repository_name" {
  type = string
}

resource "aws_ecr_repository" "from_var" {
  name = "from-var"
}

# May belong to `from_var`: not reported.
resource "aws_ecr_lifecycle_policy" "from_var" {
  repository = var.repository_name
  policy     = jsonencode({ rules = [] })
}
