resource "aws_imagebuilder_distribution_configuration" "golden" {
  name = "golden"
  distribution { # expect: AWS442
    region = "eu-west-1"
    ami_distribution_configuration {
      name = "golden-{{ imagebuilder:buildDate }}"
    }
  }
}
