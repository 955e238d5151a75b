/** target-sg-ingress on the safe pattern changed in one place at a time (see variants.ts). */
import { add, groupId, noDefault, props, ref, testCases, vpcConfig, type Case, type Json, type Template } from './variants.js';

const fromLambda = (port: unknown = 5432, protocol: unknown = 'tcp') => ({
  IpProtocol: protocol,
  FromPort: port,
  ToPort: port,
  SourceSecurityGroupId: groupId('LambdaSecurityGroup'),
});
const cidr = (range: unknown, port = 5432) => ({ IpProtocol: 'tcp', FromPort: port, ToPort: port, CidrIp: range });
/** A PostgreSQL database whose group has these ingress rules. */
const database = (t: Template, rules: Json[], settings: Json = { Engine: 'postgres' }) => {
  add(t, 'DbGroup', 'AWS::EC2::SecurityGroup', { GroupDescription: 'database', VpcId: ref('Vpc'), SecurityGroupIngress: rules });
  add(t, 'Database', 'AWS::RDS::DBInstance', { DBInstanceClass: 'db.t4g.micro', AllocatedStorage: '20', ...settings, VPCSecurityGroups: [ref('DbGroup')] });
};
/** An internal load balancer with listeners on these ports, whose group has these ingress rules. */
const loadBalancer = (t: Template, rules: Json[], ports: unknown[], scheme = 'internal') => {
  add(t, 'LbGroup', 'AWS::EC2::SecurityGroup', { GroupDescription: 'load balancer', VpcId: ref('Vpc'), SecurityGroupIngress: rules });
  add(t, 'Lb', 'AWS::ElasticLoadBalancingV2::LoadBalancer', { Scheme: scheme, Subnets: [ref('SubnetA'), ref('SubnetB')], SecurityGroups: [ref('LbGroup')] });
  ports.forEach((port, i) => {
    add(t, `Listener${String(i)}`, 'AWS::ElasticLoadBalancingV2::Listener', {
      LoadBalancerArn: ref('Lb'),
      Port: port,
      Protocol: 'HTTP',
      DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '200' } }],
    });
  });
};

const cases: Case[] = [
  [
    'a database admitting its port from the function group',
    (t) => {
      database(t, [fromLambda()]);
    },
    [],
  ],
  [
    '0.0.0.0/0 besides the function group',
    (t) => {
      database(t, [fromLambda(), cidr('0.0.0.0/0')]);
    },
    [
      'error DbGroup: DbGroup (security group of database Database, which Function reaches) allows tcp 5432 from 0.0.0.0/0: the CIDR range 0.0.0.0/0 is a source; only tcp 5432 from security groups is allowed',
    ],
  ],
  [
    '::/0 besides the function group',
    (t) => {
      database(t, [fromLambda(), { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, CidrIpv6: '::/0' }]);
    },
    [
      'error DbGroup: DbGroup (security group of database Database, which Function reaches) allows tcp 5432 from ::/0: the CIDR range ::/0 is a source; only tcp 5432 from security groups is allowed',
    ],
  ],
  [
    'the VPC range',
    (t) => {
      database(t, [fromLambda(), cidr('10.0.0.0/16')]);
    },
    [
      'error DbGroup: DbGroup (security group of database Database, which Function reaches) allows tcp 5432 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 5432 from security groups is allowed',
    ],
  ],
  [
    'the range of a subnet of the function',
    (t) => {
      database(t, [fromLambda(), cidr('10.0.1.0/24')]);
    },
    [],
  ],
  [
    'a range inside a subnet of the function',
    (t) => {
      database(t, [fromLambda(), cidr('10.0.2.16/28')]);
    },
    [],
  ],
  [
    'a range that is not a CIDR',
    (t) => {
      database(t, [fromLambda(), cidr('10.0.1.0')]);
    },
    [
      'error DbGroup: DbGroup (security group of database Database, which Function reaches) allows tcp 5432 from 10.0.1.0: the CIDR range 10.0.1.0 is a source; only tcp 5432 from security groups is allowed',
    ],
  ],
  [
    'a range the option allows',
    (t) => {
      database(t, [fromLambda(), cidr('192.168.0.0/16')]);
    },
    [],
    'rules:\n  target-sg-ingress:\n    allowedSources: [192.168.0.0/16]\n',
  ],
  [
    'a range from a parameter',
    (t) => {
      database(t, [fromLambda(), cidr(noDefault(t, 'Range'))]);
    },
    ['note DbGroup: cannot verify an ingress rule of DbGroup: the source range: parameter Range has no default'],
  ],
  [
    'a prefix list',
    (t) => {
      database(t, [fromLambda(), { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, SourcePrefixListId: 'pl-0123456789abcdef0' }]);
    },
    [
      'error DbGroup: DbGroup (security group of database Database, which Function reaches) allows tcp 5432 from prefix list pl-0123456789abcdef0: the prefix list pl-0123456789abcdef0 is a source; only tcp 5432 from security groups is allowed',
    ],
  ],
  [
    'a prefix list the option allows',
    (t) => {
      database(t, [fromLambda(), { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, SourcePrefixListId: 'pl-0123456789abcdef0' }]);
    },
    [],
    'rules:\n  target-sg-ingress:\n    allowedSources: [pl-0123456789abcdef0]\n',
  ],
  [
    'the wrong port from the function group',
    (t) => {
      database(t, [fromLambda(3306)]);
    },
    [
      'error DbGroup: DbGroup (security group of database Database, which Function reaches) allows tcp 3306 from LambdaSecurityGroup: port 3306 is not 5432; only tcp 5432 from security groups is allowed',
    ],
  ],
  [
    'all traffic from the function group',
    (t) => {
      database(t, [fromLambda(-1, '-1')]);
    },
    [
      'error DbGroup: DbGroup (security group of database Database, which Function reaches) allows all traffic from LambdaSecurityGroup: all protocols and ports are open; only tcp 5432 from security groups is allowed',
    ],
  ],
  [
    'a protocol from a parameter',
    (t) => {
      database(t, [fromLambda(5432, noDefault(t, 'Protocol'))]);
    },
    ['note DbGroup: cannot verify an ingress rule of DbGroup: the protocol: parameter Protocol has no default'],
  ],
  [
    'MySQL by its engine',
    (t) => {
      database(t, [fromLambda(3306)], { Engine: 'mysql' });
    },
    [],
  ],
  [
    'an engine without a known port',
    (t) => {
      database(t, [fromLambda(3306)], { Engine: 'neptune' });
    },
    ['note DbGroup: cannot verify the ports DbGroup admits to database Database: the default port of engine neptune is not known to endpoint-guard'],
  ],
  [
    'no Engine and no Port',
    (t) => {
      database(t, [fromLambda(3306)], {});
    },
    ['note DbGroup: cannot verify the ports DbGroup admits to database Database: no Engine given'],
  ],
  [
    'a Port that overrides the engine',
    (t) => {
      database(t, [fromLambda(5432)], { Engine: 'postgres', Port: 6432 });
    },
    [
      'error DbGroup: DbGroup (security group of database Database, which Function reaches) allows tcp 5432 from LambdaSecurityGroup: port 5432 is not 6432; only tcp 6432 from security groups is allowed',
    ],
  ],
  [
    'a Port from a parameter',
    (t) => {
      database(t, [fromLambda(5432)], { Engine: 'postgres', Port: noDefault(t, 'Port') });
    },
    ['note DbGroup: cannot verify the ports DbGroup admits to database Database: parameter Port has no default'],
  ],
  [
    'a database no function reaches',
    (t) => {
      database(t, [cidr('0.0.0.0/0')]);
    },
    [],
  ],
  [
    'a standalone ingress rule',
    (t) => {
      database(t, [fromLambda()]);
      add(t, 'DbFromAnywhere', 'AWS::EC2::SecurityGroupIngress', { GroupId: groupId('DbGroup'), ...cidr('0.0.0.0/0') });
    },
    [
      'error DbFromAnywhere: DbGroup (security group of database Database, which Function reaches) allows tcp 5432 from 0.0.0.0/0: the CIDR range 0.0.0.0/0 is a source; only tcp 5432 from security groups is allowed',
    ],
  ],
  [
    'two functions reach it',
    (t) => {
      database(t, [fromLambda(), cidr('0.0.0.0/0')]);
      t.Resources.Function2 = JSON.parse(JSON.stringify(t.Resources.Function)) as Template['Resources'][string];
    },
    [
      'error DbGroup: DbGroup (security group of database Database, which Function, Function2 reach) allows tcp 5432 from 0.0.0.0/0: the CIDR range 0.0.0.0/0 is a source; only tcp 5432 from security groups is allowed',
    ],
  ],
  [
    'an Aurora cluster, reached through its cluster',
    (t) => {
      database(t, [fromLambda(3306), cidr('0.0.0.0/0', 3306)], { Engine: 'aurora-mysql', DBClusterIdentifier: ref('Cluster') });
      add(t, 'Cluster', 'AWS::RDS::DBCluster', {
        Engine: 'aurora-mysql',
        MasterUsername: 'admin',
        ManageMasterUserPassword: true,
        VpcSecurityGroupIds: [ref('DbGroup')],
      });
    },
    [
      'error DbGroup: DbGroup (security group of database Cluster, which Function reaches) allows tcp 3306 from 0.0.0.0/0: the CIDR range 0.0.0.0/0 is a source; only tcp 3306 from security groups is allowed',
    ],
  ],
  [
    'an internal load balancer on its listener port',
    (t) => {
      loadBalancer(t, [fromLambda(443), cidr('0.0.0.0/0', 80)], [443]);
    },
    [
      'error LbGroup: LbGroup (security group of internal load balancer Lb, which Function reaches) allows tcp 80 from 0.0.0.0/0: port 80 is not 443; the CIDR range 0.0.0.0/0 is a source; only tcp 443 from security groups is allowed',
    ],
  ],
  [
    'an internal load balancer on two listener ports',
    (t) => {
      loadBalancer(t, [fromLambda(80), fromLambda(8443)], [443, 80]);
    },
    [
      'error LbGroup: LbGroup (security group of internal load balancer Lb, which Function reaches) allows tcp 8443 from LambdaSecurityGroup: port 8443 is not a port of internal load balancer Lb; only tcp 443 or 80 from security groups is allowed',
    ],
  ],
  [
    'an internal load balancer with a listener port from a parameter',
    (t) => {
      loadBalancer(t, [fromLambda(443)], [noDefault(t, 'Port')]);
    },
    ['note LbGroup: cannot verify the ports LbGroup admits to internal load balancer Lb: parameter Port has no default'],
  ],
  [
    'an internal load balancer without listeners',
    (t) => {
      loadBalancer(t, [fromLambda(443)], []);
    },
    ['note LbGroup: cannot verify the ports LbGroup admits to internal load balancer Lb: it has no listener in the template'],
  ],
  [
    'an internet-facing load balancer is not a private target',
    (t) => {
      loadBalancer(t, [fromLambda(443), cidr('0.0.0.0/0', 443)], [443], 'internet-facing');
    },
    [],
  ],
  [
    'a Redis cache cluster',
    (t) => {
      add(t, 'CacheGroup', 'AWS::EC2::SecurityGroup', {
        GroupDescription: 'cache',
        VpcId: ref('Vpc'),
        SecurityGroupIngress: [fromLambda(6379), cidr('0.0.0.0/0', 6379)],
      });
      add(t, 'Cache', 'AWS::ElastiCache::CacheCluster', {
        Engine: 'redis',
        CacheNodeType: 'cache.t4g.micro',
        NumCacheNodes: 1,
        VpcSecurityGroupIds: [groupId('CacheGroup')],
      });
    },
    [
      'error CacheGroup: CacheGroup (security group of cache cluster Cache, which Function reaches) allows tcp 6379 from 0.0.0.0/0: the CIDR range 0.0.0.0/0 is a source; only tcp 6379 from security groups is allowed',
    ],
  ],
  [
    'a function in no subnet of the template: a subnet-sized source may be its own',
    (t) => {
      database(t, [fromLambda(), cidr('10.0.1.0/24')]);
      vpcConfig(t).SubnetIds = ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'];
    },
    [
      'note DbGroup: cannot verify an ingress rule of DbGroup: the source range 10.0.1.0/24 may be a subnet of the functions, whose ranges are not all known here',
    ],
  ],
  [
    'the database group is the VPC default group',
    (t) => {
      database(t, [fromLambda()]);
      props(t, 'Database').VPCSecurityGroups = [{ 'Fn::GetAtt': ['Vpc', 'DefaultSecurityGroup'] }];
    },
    [],
  ],
  [
    'a group shared by two databases: each rule once',
    (t) => {
      database(t, [fromLambda(), cidr('0.0.0.0/0')]);
      add(t, 'Database2', 'AWS::RDS::DBInstance', {
        DBInstanceClass: 'db.t4g.micro',
        AllocatedStorage: '20',
        Engine: 'postgres',
        VPCSecurityGroups: [ref('DbGroup')],
      });
    },
    [
      'error DbGroup: DbGroup (security group of database Database, which Function reaches) allows tcp 5432 from 0.0.0.0/0: the CIDR range 0.0.0.0/0 is a source; only tcp 5432 from security groups is allowed',
    ],
  ],
  [
    'the function and the database in the VPC default group',
    (t) => {
      database(t, [fromLambda(), cidr('0.0.0.0/0')]);
      props(t, 'Database').VPCSecurityGroups = [{ 'Fn::GetAtt': ['Vpc', 'DefaultSecurityGroup'] }];
      vpcConfig(t).SecurityGroupIds = [{ 'Fn::GetAtt': ['Vpc', 'DefaultSecurityGroup'] }];
    },
    [],
  ],
  [
    'a Port from a parameter, and 0.0.0.0/0',
    (t) => {
      database(t, [fromLambda(), cidr('0.0.0.0/0')], { Engine: 'postgres', Port: noDefault(t, 'Port') });
    },
    [
      'note DbGroup: cannot verify the ports DbGroup admits to database Database: parameter Port has no default',
      'error DbGroup: DbGroup (security group of database Database, which Function reaches) allows tcp 5432 from 0.0.0.0/0: the CIDR range 0.0.0.0/0 is a source; only its port from security groups is allowed',
    ],
  ],
  [
    'a protocol and a range from parameters',
    (t) => {
      database(t, [fromLambda(), { ...cidr(noDefault(t, 'Range')), IpProtocol: noDefault(t, 'Protocol') }]);
    },
    [
      'note DbGroup: cannot verify an ingress rule of DbGroup: the protocol: parameter Protocol has no default; the source range: parameter Range has no default',
    ],
  ],
  [
    'a function subnet with a range from a parameter: a subnet-sized source may be it',
    (t) => {
      database(t, [fromLambda(), cidr('10.0.3.0/24')]);
      props(t, 'SubnetA').CidrBlock = noDefault(t, 'RangeA');
    },
    [
      'note DbGroup: cannot verify an ingress rule of DbGroup: the source range 10.0.3.0/24 may be a subnet of the functions, whose ranges are not all known here',
    ],
  ],
  [
    'a function subnet with a range from a parameter: 0.0.0.0/0 is still a source',
    (t) => {
      database(t, [fromLambda(), cidr('0.0.0.0/0')]);
      props(t, 'SubnetA').CidrBlock = noDefault(t, 'RangeA');
    },
    [
      'error DbGroup: DbGroup (security group of database Database, which Function reaches) allows tcp 5432 from 0.0.0.0/0: the CIDR range 0.0.0.0/0 is a source; only tcp 5432 from security groups is allowed',
    ],
  ],
  [
    'a function subnet whose range is no CIDR',
    (t) => {
      database(t, [fromLambda(), cidr('10.0.3.0/24')]);
      props(t, 'SubnetA').CidrBlock = '10.0.1.0';
    },
    [
      'note DbGroup: cannot verify an ingress rule of DbGroup: the source range 10.0.3.0/24 may be a subnet of the functions, whose ranges are not all known here',
    ],
  ],
  [
    'the function subnets from a parameter: a subnet-sized source in the VPC may be one',
    (t) => {
      database(t, [fromLambda(), cidr('10.0.1.0/24')]);
      vpcConfig(t).SubnetIds = noDefault(t, 'Subnets');
    },
    [
      'note DbGroup: cannot verify an ingress rule of DbGroup: the source range 10.0.1.0/24 may be a subnet of the functions, whose ranges are not all known here',
    ],
  ],
  [
    'the function subnets from a parameter: a subnet-sized source outside the VPC is not',
    (t) => {
      database(t, [fromLambda(), cidr('203.0.113.0/24')]);
      vpcConfig(t).SubnetIds = noDefault(t, 'Subnets');
    },
    [
      'error DbGroup: DbGroup (security group of database Database, which Function reaches) allows tcp 5432 from 203.0.113.0/24: the CIDR range 203.0.113.0/24 is a source; only tcp 5432 from security groups is allowed',
    ],
  ],
  [
    'tcp on all ports, written -1',
    (t) => {
      database(t, [fromLambda(-1)]);
    },
    [
      'error DbGroup: DbGroup (security group of database Database, which Function reaches) allows tcp on all ports from LambdaSecurityGroup: all ports are open; only tcp 5432 from security groups is allowed',
    ],
  ],
];
testCases('target-sg-ingress', cases);
