resource "aws_ecs_cluster" "apps" { # expect: AWS082
  name = "apps"
}
