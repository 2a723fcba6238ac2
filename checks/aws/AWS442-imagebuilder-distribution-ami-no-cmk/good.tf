resource "aws_imagebuilder_distribution_configuration" "golden" {
  name = "golden"
  distribution {
    region = "eu-west-1"
    ami_distribution_configuration {
      name       = "golden-{{ imagebuilder:buildDate }}"
      kms_key_id = aws_kms_key.ami.arn
    }
  }
}

resource "aws_imagebuilder_distribution_configuration" "containers" {
  name = "containers"
  distribution {
    region = "eu-west-1"
    container_distribution_configuration {
      target_repository {
        repository_name = "app"
        service         = "ECR"
      }
    }
  }
}
