resource "aws_imagebuilder_component" "harden" { # expect: AWS440
  name     = "harden"
  platform = "Linux"
  version  = "1.0.0"
  uri      = "s3://corp-components/harden.yaml"
}
