resource "aws_cloudformation_stack" "network" { # expect: AWS434
  name          = "network"
  template_body = file("${path.module}/network.yaml")
}
