resource "aws_elastic_beanstalk_environment" "web" { # expect: AWS467
  name                = "web"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"
}

resource "aws_elastic_beanstalk_environment" "api" {
  name                = "api"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"
  setting {
    namespace = "aws:elasticbeanstalk:healthreporting:system"
    name      = "SystemType"
    value     = "basic" # expect: AWS467
  }
}
